package org.bepart.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.bepart.account.Authenticator;
import org.bepart.account.Role;
import org.bepart.account.SignedIn;

import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in account of this request, as pages and beans see it: {@code #{currentUser.signedIn}},
 * {@code #{currentUser.name}}, {@code #{currentUser.reviewer}}. Roles are read afresh from the database, so a role
 * granted or withdrawn shows at once; URL protection (web.xml) uses the roles of the sign-in.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private Authenticator authenticator;

    private Optional<SignedIn> account;

    /** The account, or empty for a visitor (or an account deleted since it signed in). */
    public Optional<SignedIn> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            account = Optional.empty();
            if (principal != null) {
                try {
                    account = authenticator.current(Long.parseLong(principal.getName()));
                } catch (NumberFormatException e) {
                    account = Optional.empty();
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

    public boolean isAdministrator() {
        return hasRole(Role.ADMINISTRATOR);
    }
}
