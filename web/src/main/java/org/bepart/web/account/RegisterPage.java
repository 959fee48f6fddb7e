package org.bepart.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.abuse.LimitedAction;
import org.bepart.account.AccountService;
import org.bepart.language.Language;
import org.bepart.shared.BusinessException;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.FormGuard;

import java.io.Serializable;
import java.util.Objects;

/** /register: name, address, password twice, preferred language, consent; then a page asking to check the mail. */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "register:";

    @EJB
    private transient AccountService accounts;

    @Inject
    private transient Messages messages;

    @Inject
    private transient ReaderLanguage reader;

    @Inject
    private transient FormGuard guard;

    private String name;
    private String email;
    private String password;
    private String passwordRepeat;
    private Language language;
    private boolean consent;

    public void register() {
        boolean ok = true;
        if (!Objects.equals(password, passwordRepeat)) {
            messages.errorFor(FORM + "passwordRepeat", "register.passwordMismatch");
            ok = false;
        }
        if (!consent) {
            messages.errorFor(FORM + "consent", "register.consentRequired");
            ok = false;
        }
        if (ok && guard.admit(LimitedAction.REGISTER, email)) {
            try {
                accounts.register(name, email, password, getLanguage(), consent);
                Redirect.to("/register/sent");
                return;
            } catch (BusinessException e) {
                Fields.show(messages, FORM, e);
            } catch (RuntimeException e) {
                messages.failure(e);
            }
        }
        password = null;
        passwordRepeat = null;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    /** The reader's language until they choose another. */
    public Language getLanguage() {
        if (language == null) {
            language = reader.getLanguage();
        }
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
