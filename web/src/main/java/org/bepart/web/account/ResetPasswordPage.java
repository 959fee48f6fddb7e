package org.bepart.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.account.AccountService;
import org.bepart.shared.BusinessException;
import org.bepart.web.faces.Messages;

import java.io.Serializable;
import java.util.Objects;

/** /password/reset?token=…: a new password with the mailed link, then on to sign in. */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reset:";

    @EJB
    private transient AccountService accounts;

    @Inject
    private transient Messages messages;

    private String token;
    private boolean valid;
    private String password;
    private String passwordRepeat;

    /** Checks the link when the page opens, so a dead link says so before a password is typed. */
    public void check() {
        valid = accounts.isResetLinkValid(token);
    }

    public void reset() {
        if (!Objects.equals(password, passwordRepeat)) {
            messages.errorFor(FORM + "passwordRepeat", "register.passwordMismatch");
            return;
        }
        try {
            accounts.resetPassword(token, password);
            messages.info("reset.done");
            messages.keepForRedirect();
            Redirect.to("/login");
        } catch (BusinessException e) {
            if ("token.invalid".equals(e.getMessageKey())) {
                valid = false;
            }
            Fields.show(messages, FORM, e);
        } catch (RuntimeException e) {
            messages.failure(e);
        } finally {
            password = null;
            passwordRepeat = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isValid() {
        return valid;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
