package org.bepart.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.abuse.LimitedAction;
import org.bepart.account.AccountService;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.FormGuard;

import java.io.Serializable;

/** /password/forgot: mails a link to choose a new password; the same answer whatever the address. */
@Named
@ViewScoped
public class ForgotPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AccountService accounts;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FormGuard guard;

    private String email;

    public void send() {
        if (!guard.admit(LimitedAction.PASSWORD_RESET, email)) {
            return;
        }
        try {
            accounts.requestPasswordReset(email);
            messages.info("forgot.sent", email.strip());
            email = null;
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
