package org.bepart.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.account.LoginThrottle;
import org.bepart.account.SignedIn;
import org.bepart.platform.DatabaseOutage;
import org.bepart.web.faces.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The sign-in form (/login). After signing in, the visitor continues to the page that asked for it, or to /account. */
@Named
@ViewScoped
public class LoginPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SecurityContext securityContext;

    @Inject
    private transient Messages messages;

    @EJB
    private transient LoginThrottle throttle;

    @Inject
    private transient ClientAddress clients;

    private String email;

    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String client = clients.isExempt(request) ? null : clients.of(request);
        Optional<Instant> refused;
        try {
            refused = throttle.refusedUntil(email, client);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            password = null;
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            messages.error("error.unavailable");
            return;
        }
        if (refused.isPresent()) {
            password = null;
            long seconds = Math.max(1, (Duration.between(Instant.now(), refused.get()).toMillis() + 999) / 1000);
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(seconds));
            messages.errorFor("login:email", "login.throttled", seconds);
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams().credential(new UsernamePasswordCredential(email.strip(), password)));
        password = null;
        if (request.getAttribute(AccountIdentityStore.OUTAGE) != null) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            messages.error("error.unavailable");
            return;
        }
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            throttle.succeeded(email);
            if (request.getAttribute(AccountIdentityStore.SIGNED_IN) instanceof SignedIn account) {
                SessionGuard.remember(request, account);
            }
        } else {
            throttle.failed(email, client);
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                faces.responseComplete();
                external.redirect(request.getContextPath() + "/account");
            }
            default -> {
                if (request.getAttribute(AccountIdentityStore.BLOCKED) instanceof String reason) {
                    messages.error("login.blocked", reason);
                } else {
                    messages.error("login.failed");
                }
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
