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
import org.bepart.account.SignInResult;
import org.bepart.platform.DatabaseOutage;

import java.util.stream.Collectors;

/**
 * Accounts as the identity store: the caller's name is the account id, its groups are its roles. When the accounts
 * cannot be read (the database is out of reach) the request is marked {@link #OUTAGE}, so that the sign-in form says
 * so instead of calling the password wrong; a blocked account that gave its right password is refused and the request
 * carries why ({@link #BLOCKED}), so that the form can tell it.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Request attribute set when the credentials could not be checked for want of the database. */
    public static final String OUTAGE = AccountIdentityStore.class.getName() + ".outage";
    /** Request attribute: the account that just proved who it is ({@code SignedIn}), for its session's epoch. */
    public static final String SIGNED_IN = AccountIdentityStore.class.getName() + ".signedIn";
    /** Request attribute: the reason an administrator gave for blocking the account that tried to sign in. */
    public static final String BLOCKED = AccountIdentityStore.class.getName() + ".blocked";

    @EJB
    private Authenticator authenticator;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress clients;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            SignInResult result = authenticator.signIn(login.getCaller(), login.getPasswordAsString(),
                    clients.of(request));
            if (result.isBlocked()) {
                request.setAttribute(BLOCKED, result.blockedReason());
            }
            return result.signedIn()
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
