package org.bepart.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Checks e-mail and password against the accounts, with the platform's PBKDF2 hash (SHA-512, 210 000 iterations).
 * An unknown address costs the same time as a wrong password, so answers do not tell which addresses exist. Sign-ins
 * of accounts with a back-office role (reviewer, editor, administrator), successful or not, go into the audit trail.
 */
@Stateless
public class Authenticator {

    /** Parameters of new hashes; verification reads the ones stored with each hash. */
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail trail;

    private String dummyHash;

    @PostConstruct
    void configure() {
        passwordHash.initialize(HASH_PARAMETERS);
        dummyHash = passwordHash.generate("not a password of anybody".toCharArray());
    }

    /** The hash to store for {@code password}. */
    public String hash(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    /** Whether {@code password} is the password of {@code account}. */
    public boolean verifies(Account account, String password) {
        return password != null && password.length() <= PasswordPolicy.MAX_LENGTH
                && account.getPasswordHash() != null
                && passwordHash.verify(password.toCharArray(), account.getPasswordHash());
    }

    /** The active account with this address and password, or empty. */
    public Optional<SignedIn> authenticate(String email, String password) {
        return signIn(email, password, null).signedIn();
    }

    /**
     * Signs in with this address and password from {@code client} (the client's address, for the audit trail; null
     * when unknown): the active account, or a refusal, which tells a blocked account why it was blocked once its
     * password is right.
     */
    public SignInResult signIn(String email, String password, String client) {
        if (email == null || password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
            return SignInResult.refused();
        }
        Account account = find(email).orElse(null);
        String stored = account == null || account.getPasswordHash() == null ? dummyHash : account.getPasswordHash();
        boolean matches = passwordHash.verify(password.toCharArray(), stored);
        if (account == null) {
            return SignInResult.refused();
        }
        String from = client == null || client.isBlank() ? "" : " from " + client.strip();
        if (!matches || !account.isActive()) {
            if (isBackOffice(account)) {
                String why = !matches ? "wrong password" : account.isBlocked() ? "blocked account"
                        : "address not confirmed";
                trail.record(null, AuditAction.SIGN_IN_FAILED, AuditEntry.ACCOUNT, account.getId(), why + from);
            }
            return matches && account.isBlocked() ? SignInResult.blocked(account.getBlockedReason())
                    : SignInResult.refused();
        }
        account.signedIn(clock.instant());
        if (isBackOffice(account)) {
            trail.record(account, AuditAction.SIGNED_IN, AuditEntry.ACCOUNT, account.getId(), from.strip());
        }
        return new SignInResult(signedIn(account), null);
    }

    private static boolean isBackOffice(Account account) {
        return account.hasRole(Role.REVIEWER) || account.hasRole(Role.EDITOR) || account.hasRole(Role.ADMINISTRATOR);
    }

    /**
     * What the web tier shows of a signed-in account, read afresh from the database (roles and the session epoch may
     * have changed, on any server); empty once it may no longer sign in.
     */
    public Optional<SignedIn> current(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null || !account.isActive() ? Optional.empty() : Optional.of(signedIn(account));
    }

    private Optional<Account> find(String email) {
        String address;
        try {
            address = Account.normaliseEmail(email);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", address)
                .getResultStream().findFirst();
    }

    private static SignedIn signedIn(Account account) {
        return new SignedIn(account.getId(), account.getDisplayName(), account.getEmail(), account.getRoles(),
                account.getSessionEpoch());
    }
}
