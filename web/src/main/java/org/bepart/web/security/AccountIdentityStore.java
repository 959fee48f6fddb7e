package org.bepart.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.bepart.account.Authenticator;
import org.bepart.account.Role;
import org.bepart.platform.DatabaseOutage;

import java.util.stream.Collectors;

/**
 * Accounts as the identity store: the caller's name is the account id, its groups are its roles. When the accounts
 * cannot be read (the database is out of reach) the request is marked {@link #OUTAGE}, so that the sign-in form says
 * so instead of calling the password wrong.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Request attribute set when the credentials could not be checked for want of the database. */
    public static final String OUTAGE = AccountIdentityStore.class.getName() + ".outage";
    /** Request attribute: the account that just proved who it is ({@code SignedIn}), for its session's epoch. */
    public static final String SIGNED_IN = AccountIdentityStore.class.getName() + ".signedIn";

    @EJB
    private Authenticator authenticator;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            return authenticator.authenticate(login.getCaller(), login.getPasswordAsString())
                    .map(account -> {
                        request.setAttribute(SIGNED_IN, account);
                        return account;
                    })
                    .map(account -> new CredentialValidationResult(new CallerPrincipal(String.valueOf(account.id())),
                            account.roles().stream().map(Role::name).collect(Collectors.toSet())))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            request.setAttribute(OUTAGE, Boolean.TRUE);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
    }
}
