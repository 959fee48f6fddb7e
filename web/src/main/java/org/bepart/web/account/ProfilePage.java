package org.bepart.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.bepart.account.AccountService;
import org.bepart.account.Authenticator;
import org.bepart.account.Profile;
import org.bepart.language.Language;
import org.bepart.people.PeopleService;
import org.bepart.people.ProfileChoice;
import org.bepart.shared.BusinessException;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.LanguageFilter;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.bepart.web.security.SessionGuard;

import java.io.Serializable;
import java.util.Objects;
import java.util.ResourceBundle;

/** /account/profile: name and preferred language, a new password, and deleting the account. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AccountService accounts;

    @EJB
    private transient Authenticator authenticator;

    @EJB
    private transient PeopleService people;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private Long accountId;
    private String email;
    private String name;
    private Language language;
    private String currentPassword;
    private String newPassword;
    private String newPasswordRepeat;
    private String deletePassword;
    private boolean profileShown;
    private String bio;

    @PostConstruct
    void load() {
        accountId = currentUser.getId();
        if (accountId != null) {
            Profile profile = accounts.profile(accountId);
            email = profile.email();
            name = profile.name();
            language = profile.language();
            ProfileChoice choice = people.choice(accountId);
            profileShown = choice.shown();
            bio = choice.bio();
        }
    }

    /** Saves name and language; the pages switch to the chosen language. */
    public void save() {
        try {
            accounts.updateProfile(accountId, name, language);
            // Said in the chosen language, which the next page is shown in.
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    ResourceBundle.getBundle(ReaderLanguage.BUNDLE, language.locale()).getString("profile.saved"),
                    null));
            messages.keepForRedirect();
            Redirect.to("/account/profile?" + LanguageFilter.PARAMETER + "=" + language.tag());
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    /** Shows or hides the public profile with its bio; what was typed stays when it is refused. */
    public void savePublicProfile() {
        try {
            people.choose(accountId, profileShown, bio);
            messages.info(profileShown ? "people.savedShown" : "people.savedHidden");
        } catch (BusinessException e) {
            messages.errorFor("publicProfile:bio", e.getMessageKey());
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public void changePassword() {
        try {
            if (!Objects.equals(newPassword, newPasswordRepeat)) {
                messages.errorFor("changePassword:passwordRepeat", "register.passwordMismatch");
                return;
            }
            accounts.changePassword(accountId, currentPassword, newPassword);
            // Every other session of the account has ended; this one goes on, under a new id.
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            request.changeSessionId();
            authenticator.current(accountId).ifPresent(account -> SessionGuard.remember(request, account));
            messages.info("profile.passwordChanged");
        } catch (BusinessException e) {
            Fields.show(messages, "changePassword:", e);
        } catch (RuntimeException e) {
            messages.failure(e);
        } finally {
            currentPassword = null;
            newPassword = null;
            newPasswordRepeat = null;
        }
    }

    /** Deletes the account, signs out and shows the farewell page. */
    public void delete() throws ServletException {
        try {
            accounts.deleteAccount(accountId, deletePassword);
        } catch (BusinessException e) {
            Fields.show(messages, "delete:", e);
            return;
        } catch (RuntimeException e) {
            messages.failure(e);
            return;
        } finally {
            deletePassword = null;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Redirect.to("/account-deleted");
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isProfileShown() {
        return profileShown;
    }

    public void setProfileShown(boolean profileShown) {
        this.profileShown = profileShown;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordRepeat() {
        return newPasswordRepeat;
    }

    public void setNewPasswordRepeat(String newPasswordRepeat) {
        this.newPasswordRepeat = newPasswordRepeat;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }
}
