package org.bepart.moderation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditFilter;
import org.bepart.audit.AuditRow;
import org.bepart.audit.AuditTrail;
import org.bepart.contest.ContestEntry;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.notification.MailSettings;
import org.bepart.notification.Outbox;
import org.bepart.platform.Access;
import org.bepart.review.Review;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Administrators block and unblock accounts and read what an account has done. A block ends every session of the
 * account on every server (its session epoch, checked by the web tier on each request), keeps it from signing in, and
 * holds back from the public its initiatives waiting for review until a reviewer decides on them. The owner is told
 * by mail in its language, on block and on unblock. Every block and unblock is in the audit trail.
 */
@Stateless
public class ModerationService {

    public static final int ACTIVITY_MAX = 50;
    /** The statuses of initiatives that wait for a reviewer's decision. */
    static final Set<InitiativeStatus> PENDING = EnumSet.of(InitiativeStatus.SUBMITTED, InitiativeStatus.UNDER_REVIEW);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Outbox outbox;

    @EJB
    private AuditTrail trail;

    @Inject
    private Event<InitiativeChanged> changed;

    /**
     * Blocks an account for {@code reason} (told to its owner): signed out everywhere, refused at sign-in, its
     * initiatives waiting for review held back from the public. Administrators do not block themselves (so another
     * administrator who may sign in always remains). Returns the ids of the initiatives held back.
     */
    public List<Long> block(@NotNull Long actorId, long accountId,
                            @NotBlank @Size(max = Account.BLOCK_REASON_MAX) String reason) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Account account = account(accountId);
        if (account.equals(actor)) {
            throw new ModerationException("moderation.error.self", "account " + actorId + " blocks itself");
        }
        if (account.isBlocked()) {
            throw new ModerationException("moderation.error.alreadyBlocked", "account " + accountId + " is blocked");
        }
        Instant now = clock.instant();
        account.block(reason, now);
        List<Initiative> pending = em.createQuery("SELECT i FROM Initiative i WHERE i.status IN :pending "
                        + "AND i.heldAt IS NULL AND (i.createdBy = :account OR i.id IN (SELECT p.initiative.id "
                        + "FROM PartnerInvitation p WHERE p.acceptedBy = :account)) ORDER BY i.id", Initiative.class)
                .setParameter("pending", PENDING).setParameter("account", accountId).getResultList();
        for (Initiative initiative : pending) {
            initiative.holdForReview(now);
            changed.fire(new InitiativeChanged(initiative.getId()));
        }
        List<Long> held = pending.stream().map(Initiative::getId).toList();
        if (account.getEmail() != null) {
            outbox.send(account.getEmail(), account.getLanguage(), "moderation.mail.blocked",
                    account.getDisplayName(), account.getBlockedReason());
        }
        trail.record(actor, AuditAction.ACCOUNT_BLOCKED, AuditEntry.ACCOUNT, accountId,
                account.getBlockedReason() + (held.isEmpty() ? "" : " — initiatives held for review: " + held));
        return held;
    }

    /**
     * Lifts the block: the account may sign in again, and its owner is told. Initiatives held back stay so until a
     * reviewer decides on them.
     */
    public void unblock(@NotNull Long actorId, long accountId) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Account account = account(accountId);
        if (!account.isBlocked()) {
            throw new ModerationException("moderation.error.notBlocked", "account " + accountId + " is not blocked");
        }
        account.unblock();
        if (account.getEmail() != null) {
            outbox.send(account.getEmail(), account.getLanguage(), "moderation.mail.unblocked",
                    account.getDisplayName(), MailSettings.link("/login"));
        }
        trail.record(actor, AuditAction.ACCOUNT_UNBLOCKED, AuditEntry.ACCOUNT, accountId, null);
    }

    /** What an account is and has done (deleted accounts too, by id); administrators only. */
    public AccountActivity activity(@NotNull Long actorId, long accountId, @NotNull Language language) {
        Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("no account " + accountId);
        }
        List<Long> joined = em.createQuery("SELECT p.initiative.id FROM PartnerInvitation p "
                + "WHERE p.acceptedBy = :account", Long.class).setParameter("account", accountId).getResultList();
        List<AccountActivity.InitiativeLine> initiatives = em.createQuery("SELECT i FROM Initiative i "
                        + "WHERE i.createdBy = :account OR i.id IN :joined ORDER BY i.updatedAt DESC, i.id DESC",
                        Initiative.class)
                .setParameter("account", accountId).setParameter("joined", joined.isEmpty() ? List.of(-1L) : joined)
                .setMaxResults(ACTIVITY_MAX).getResultStream()
                .map(i -> new AccountActivity.InitiativeLine(i.getId(), i.textFor(language).text().getTitle(),
                        i.getStatus(), i.isHeld(), !Long.valueOf(accountId).equals(i.getCreatedBy()),
                        i.getUpdatedAt()))
                .toList();
        List<Review> decided = em.createQuery("SELECT r FROM Review r WHERE r.reviewerId = :account "
                        + "ORDER BY r.decidedAt DESC, r.id DESC", Review.class)
                .setParameter("account", accountId).setMaxResults(ACTIVITY_MAX).getResultList();
        Map<Long, String> titles = decided.isEmpty() ? Map.of() : em.createQuery("SELECT i FROM Initiative i "
                        + "WHERE i.id IN :ids", Initiative.class)
                .setParameter("ids", decided.stream().map(Review::getInitiativeId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Initiative::getId,
                        i -> i.textFor(language).text().getTitle(), (a, b) -> a));
        List<AccountActivity.ReviewLine> reviews = decided.stream()
                .map(r -> new AccountActivity.ReviewLine(r.getInitiativeId(), titles.get(r.getInitiativeId()),
                        r.getDecision(), r.getDecidedAt()))
                .toList();
        List<AccountActivity.EntryLine> entries = account.getEmail() == null ? List.of()
                : em.createQuery("SELECT e FROM ContestEntry e WHERE LOWER(e.email) = :email "
                        + "ORDER BY e.submittedAt DESC, e.id DESC", ContestEntry.class)
                .setParameter("email", account.getEmail().toLowerCase(Locale.ROOT)).setMaxResults(ACTIVITY_MAX)
                .getResultStream()
                .map(e -> new AccountActivity.EntryLine(e.getId(), e.getContest().getId(),
                        e.getContest().textFor(language).getTitle(), e.getTitle(), e.getModeration(),
                        e.getSubmittedAt()))
                .toList();
        Function<AuditFilter, List<AuditRow>> audit = filter -> trail.search(actorId, filter, 1).rows().stream()
                .limit(ACTIVITY_MAX).toList();
        return new AccountActivity(account.getId(), account.getDisplayName(), account.getEmail(),
                account.getRoles(), account.isVerified(), account.getCreatedAt(), account.getDeletedAt(),
                account.getBlockedAt(), account.getBlockedReason(), account.getLastSignInAt(), initiatives, reviews,
                entries, audit.apply(AuditFilter.byActor(accountId)),
                audit.apply(AuditFilter.about(AuditEntry.ACCOUNT, accountId, AuditAction.SIGNED_IN,
                        AuditAction.SIGN_IN_FAILED)),
                audit.apply(AuditFilter.about(AuditEntry.ACCOUNT, accountId, AuditAction.ROLES_CHANGED,
                        AuditAction.ACCOUNT_BLOCKED, AuditAction.ACCOUNT_UNBLOCKED, AuditAction.SESSIONS_ENDED,
                        AuditAction.ACCOUNT_DELETED)));
    }

    private Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isDeleted()) {
            throw new NotFoundException("no account " + accountId);
        }
        return account;
    }
}
