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

/** /verify/resend: a new confirmation link; the answer is the same whether the address is registered or not. */
@Named
@ViewScoped
public class ResendVerificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AccountService accounts;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FormGuard guard;

    private String email;

    public void resend() {
        if (!guard.admit(LimitedAction.RESEND_VERIFICATION, email)) {
            return;
        }
        try {
            accounts.resendVerification(email);
            messages.info("resend.sent", email.strip());
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
