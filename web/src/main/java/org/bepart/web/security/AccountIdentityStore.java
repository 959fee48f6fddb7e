package org.bepart.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.bepart.account.Authenticator;
import org.bepart.account.Role;

import java.util.stream.Collectors;

/** Accounts as the identity store: the caller's name is the account id, its groups are its roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authenticator.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(account -> new CredentialValidationResult(new CallerPrincipal(String.valueOf(account.id())),
                        account.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
