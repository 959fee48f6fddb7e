package org.bepart.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.language.Language;
import org.bepart.notification.MailSettings;
import org.bepart.notification.Notification;
import org.bepart.notification.Outbox;

import org.bepart.platform.Access;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What people do with their accounts: register and confirm the address by a mailed link, reset a forgotten password,
 * edit the profile, change the password, delete the account; and what administrators do with accounts: find them
 * and grant or withdraw roles. Answers never tell whether an address is registered.
 */
@Stateless
public class AccountService {

    public static final int PAGE_SIZE = 25;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Authenticator authenticator;

    @EJB
    private Outbox outbox;

    @EJB
    private AuditTrail trail;

    /**
     * Registers an unverified account and mails the link that confirms the address. When the address is already
     * registered, its owner is told by mail instead, and the caller sees the same answer as for a new account.
     */
    public void register(@NotBlank @Size(max = Account.NAME_MAX) String name,
                         @NotBlank @Size(max = Account.EMAIL_MAX) String email, @NotNull String password,
                         @NotNull Language language, boolean consent) {
        if (!consent) {
            throw new AccountException("register.consentRequired", "registration without consent");
        }
        String address = address(email);
        rejectWeak(password, address);
        String hash = authenticator.hash(password);
        Optional<Account> existing = find(address);
        if (existing.isPresent()) {
            Account owner = existing.get();
            outbox.send(address, owner.getLanguage(), "mail.alreadyRegistered", owner.getDisplayName(),
                    MailSettings.link("/login"), MailSettings.link("/password/forgot"));
            return;
        }
        Account account = new Account(address, name, hash, language, clock.instant());
        em.persist(account);
        mailVerification(account);
    }

    /** Confirms the address of the link's account; the link works once, within its lifetime. */
    public void verify(@NotBlank String token) {
        AccountToken used = use(token, TokenPurpose.VERIFY_EMAIL);
        used.getAccount().verify(clock.instant());
    }

    /** Mails a new confirmation link to an unconfirmed account; answers the same whatever the address. */
    public void resendVerification(@NotBlank String email) {
        findByInput(email).filter(a -> !a.isVerified() && !a.isDeleted()).ifPresent(this::mailVerification);
    }

    /** Mails a link to choose a new password; answers the same whatever the address. */
    public void requestPasswordReset(@NotBlank String email) {
        findByInput(email).filter(a -> !a.isDeleted()).ifPresent(account -> {
            String token = issue(account, TokenPurpose.RESET_PASSWORD);
            outbox.send(account.getEmail(), account.getLanguage(), "mail.reset", account.getDisplayName(),
                    MailSettings.link("/password/reset?token=" + token));
        });
    }

    /** Whether a password-reset link is still good, so the page can say so before asking for a password. */
    public boolean isResetLinkValid(String token) {
        return token != null && !token.isBlank() && findToken(token)
                .filter(t -> t.isUsable(TokenPurpose.RESET_PASSWORD, clock.instant())).isPresent();
    }

    /**
     * Sets a new password with a reset link. The link also confirms the address (it came by mail); every other link
     * of the account stops working and every session of the account ends.
     */
    public void resetPassword(@NotBlank String token, @NotNull String newPassword) {
        AccountToken found = findToken(token).filter(t -> t.isUsable(TokenPurpose.RESET_PASSWORD, clock.instant()))
                .orElseThrow(() -> new AccountException("token.invalid", "unusable reset token"));
        Account account = found.getAccount();
        rejectWeak(newPassword, account.getEmail());
        found.use(clock.instant());
        account.changePasswordHash(authenticator.hash(newPassword));
        account.verify(clock.instant());
        em.createQuery("DELETE FROM AccountToken t WHERE t.account = :account AND t.id <> :id")
                .setParameter("account", account).setParameter("id", found.getId()).executeUpdate();
    }

    public Profile profile(@NotNull Long actorId) {
        Account account = Access.actor(em, actorId);
        return new Profile(account.getId(), account.getDisplayName(), account.getEmail(), account.getLanguage(),
                account.getRoles());
    }

    public void updateProfile(@NotNull Long actorId, @NotBlank @Size(max = Account.NAME_MAX) String name,
                              @NotNull Language language) {
        Account account = Access.actor(em, actorId);
        account.rename(name);
        account.preferLanguage(language);
    }

    /** A new password, given the current one; every session of the account ends (the caller's page keeps its own). */
    public void changePassword(@NotNull Long actorId, @NotNull String currentPassword, @NotNull String newPassword) {
        Account account = Access.actor(em, actorId);
        if (!authenticator.verifies(account, currentPassword)) {
            throw new AccountException("profile.wrongPassword", "wrong current password of account " + actorId);
        }
        rejectWeak(newPassword, account.getEmail());
        account.changePasswordHash(authenticator.hash(newPassword));
        em.createNamedQuery(AccountToken.DELETE_BY_ACCOUNT).setParameter("account", account).executeUpdate();
    }

    /**
     * Deletes the account after checking its password: name, address, password, roles and memberships are removed,
     * with its links, notifications, follows and the invitations to its address. What it did stays recorded under its
     * organisations (initiatives and their history keep their authors' ids and the names recorded then). The last
     * administrator cannot go.
     */
    public void deleteAccount(@NotNull Long actorId, @NotNull String password) {
        Account account = Access.actor(em, actorId);
        if (!authenticator.verifies(account, password)) {
            throw new AccountException("profile.wrongPassword", "wrong password to delete account " + actorId);
        }
        if (account.hasRole(Role.ADMINISTRATOR) && administrators() <= 1) {
            throw new AccountException("accounts.lastAdministrator", "the last administrator " + actorId);
        }
        em.createNamedQuery(AccountToken.DELETE_BY_ACCOUNT).setParameter("account", account).executeUpdate();
        em.createNamedQuery(Notification.DELETE_BY_RECIPIENT).setParameter("recipientId", account.getId())
                .executeUpdate();
        em.createNamedQuery(MembershipInvitation.DELETE_BY_EMAIL).setParameter("email", account.getEmail())
                .executeUpdate();
        for (String table : new String[] {"follow", "follow_item", "follow_setting", "follow_unsubscribe"}) {
            // what it followed goes too (by table: the following feature depends on accounts, not the reverse)
            em.createNativeQuery("DELETE FROM " + table + " WHERE account_id = ?1").setParameter(1, account.getId())
                    .executeUpdate();
        }
        account.delete(clock.instant());
        trail.record(account, AuditAction.ACCOUNT_DELETED, AuditEntry.ACCOUNT, account.getId(), null);
    }

    /** Accounts (not deleted) whose name or address contains {@code query}, by address; administrators only. */
    public AccountPage accounts(@NotNull Long actorId, @Size(max = Account.EMAIL_MAX) String query,
                                @Min(1) int page) {
        Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        String pattern = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        String where = " FROM Account a WHERE a.deletedAt IS NULL AND (LOWER(a.email) LIKE :q ESCAPE '\\' "
                + "OR LOWER(a.displayName) LIKE :q ESCAPE '\\')";
        long total = em.createQuery("SELECT COUNT(a)" + where, Long.class).setParameter("q", pattern)
                .getSingleResult();
        TypedQuery<Account> list = em.createQuery("SELECT a" + where + " ORDER BY a.email", Account.class)
                .setParameter("q", pattern);
        return new AccountPage(list.setFirstResult((page - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultStream().map(AccountSummary::of).toList(), total, page, PAGE_SIZE);
    }

    /**
     * Gives an account exactly {@code roles}; administrators only. The last administrator keeps that role, so the
     * platform is never left without one.
     */
    public AccountSummary setRoles(@NotNull Long actorId, long accountId, @NotNull Set<Role> roles) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isDeleted()) {
            throw new org.bepart.shared.NotFoundException("no account " + accountId);
        }
        Set<Role> wanted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (account.hasRole(Role.ADMINISTRATOR) && !wanted.contains(Role.ADMINISTRATOR) && administrators() <= 1) {
            throw new AccountException("accounts.lastAdministrator", "the last administrator " + accountId);
        }
        Set<Role> before = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(account.getRoles());
        for (Role role : Role.values()) {
            if (wanted.contains(role)) {
                account.grant(role);
            } else {
                account.revoke(role);
            }
        }
        if (!before.equals(wanted)) {
            trail.record(actor, AuditAction.ROLES_CHANGED, AuditEntry.ACCOUNT, accountId, before + " → " + wanted);
        }
        return AccountSummary.of(account);
    }

    /**
     * Ends every session of an account, on every server (its next request is a visitor's); administrators only. The
     * same as {@link Account#endSessions()}, which services that block an account or change its password call.
     */
    public void endSessions(@NotNull Long actorId, long accountId) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isDeleted()) {
            throw new org.bepart.shared.NotFoundException("no account " + accountId);
        }
        account.endSessions();
        trail.record(actor, AuditAction.SESSIONS_ENDED, AuditEntry.ACCOUNT, accountId, null);
    }

    private long administrators() {
        return em.createNamedQuery(Account.COUNT_ACTIVE_WITH_ROLE, Long.class).setParameter("role", Role.ADMINISTRATOR)
                .getSingleResult();
    }

    private void mailVerification(Account account) {
        String token = issue(account, TokenPurpose.VERIFY_EMAIL);
        outbox.send(account.getEmail(), account.getLanguage(), "mail.verify", account.getDisplayName(),
                MailSettings.link("/verify?token=" + token));
    }

    /** A new token for {@code account}; returns what goes into the link (only its hash is stored). */
    private String issue(Account account, TokenPurpose purpose) {
        String token = Tokens.newToken();
        em.persist(new AccountToken(account, purpose, Tokens.hash(token), clock.instant()));
        return token;
    }

    private AccountToken use(String token, TokenPurpose purpose) {
        AccountToken found = findToken(token).filter(t -> t.isUsable(purpose, clock.instant()))
                .orElseThrow(() -> new AccountException("token.invalid", "unusable " + purpose + " token"));
        found.use(clock.instant());
        return found;
    }

    private Optional<AccountToken> findToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", Tokens.hash(token.strip())).getResultStream().findFirst();
    }

    private static void rejectWeak(String password, String email) {
        PasswordPolicy.check(password, email).ifPresent(key -> {
            throw new AccountException(key, "password refused: " + key);
        });
    }

    private static String address(String email) {
        try {
            return Account.normaliseEmail(email);
        } catch (IllegalArgumentException e) {
            throw new AccountException("register.emailInvalid", e.getMessage());
        }
    }

    private Optional<Account> findByInput(String email) {
        try {
            return find(Account.normaliseEmail(email));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Account> find(String address) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", address)
                .getResultStream().findFirst();
    }
}
