package org.bepart.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.bepart.account.Authenticator;
import org.bepart.account.Role;
import org.bepart.account.SignedIn;
import org.bepart.platform.DatabaseOutage;

import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in account of this request, as pages and beans see it: {@code #{currentUser.signedIn}},
 * {@code #{currentUser.name}}, {@code #{currentUser.reviewer}}. Roles are read afresh from the database, so a role
 * granted or withdrawn shows at once; URL protection (web.xml) uses the roles of the sign-in. While the database is
 * out of reach, the account as last read in this session stands in, so that a form can still be shown again with
 * what was typed and the message that nothing was saved.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private Authenticator authenticator;

    @Inject
    private HttpServletRequest request;

    private static final String LAST_READ = CurrentUser.class.getName() + ".lastRead";

    private Optional<SignedIn> account;

    /** The account, or empty for a visitor (or an account deleted since it signed in). */
    public Optional<SignedIn> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            account = Optional.empty();
            if (principal != null) {
                try {
                    account = request.getAttribute(SessionGuard.CHECKED) instanceof SignedIn checked
                            ? Optional.of(checked) : authenticator.current(Long.parseLong(principal.getName()));
                    HttpSession session = request.getSession(false);
                    if (session != null && !Objects.equals(session.getAttribute(LAST_READ), account.orElse(null))) {
                        session.setAttribute(LAST_READ, account.orElse(null));
                    }
                } catch (NumberFormatException e) {
                    account = Optional.empty();
                } catch (RuntimeException e) {
                    HttpSession session = request.getSession(false);
                    if (!DatabaseOutage.isCause(e) || session == null
                            || !(session.getAttribute(LAST_READ) instanceof SignedIn last)) {
                        throw e;
                    }
                    account = Optional.of(last);
                }
            }
        }
        return account;
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    /** The account id services take as the actor; null for a visitor. */
    public Long getId() {
        return account().map(SignedIn::id).orElse(null);
    }

    public String getName() {
        return account().map(SignedIn::name).orElse(null);
    }

    public String getEmail() {
        return account().map(SignedIn::email).orElse(null);
    }

    public boolean hasRole(Role role) {
        return account().map(a -> a.roles().contains(role)).orElse(false);
    }

    /** Reviewers and administrators review. */
    public boolean isReviewer() {
        return hasRole(Role.REVIEWER) || hasRole(Role.ADMINISTRATOR);
    }

    public boolean isEditor() {
        return hasRole(Role.EDITOR) || hasRole(Role.ADMINISTRATOR);
    }

    /** Translators and administrators work the translators' queue. */
    public boolean isTranslator() {
        return hasRole(Role.TRANSLATOR) || hasRole(Role.ADMINISTRATOR);
    }

    public boolean isAdministrator() {
        return hasRole(Role.ADMINISTRATOR);
    }
}
