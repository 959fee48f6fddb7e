package org.bepart.discussion;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.initiative.Initiative;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.platform.Access;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The moderators of questions and answers (reviewers and administrators): the queue of held and reported posts,
 * approving a held post, hiding a post with a reason shown in its place, restoring it, dismissing its reports. Every
 * action is in the audit trail, in its transaction; the public page follows. Blocking an author is the account
 * moderation's ({@code org.bepart.moderation.ModerationService}, administrators).
 */
@Stateless
public class DiscussionModeration {

    /** The most posts one list of the queue shows. */
    public static final int LIST_MAX = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail trail;

    @Inject
    private Event<InitiativeChanged> changed;

    @Inject
    private Event<PostAdded> added;

    /** The held posts and those with open reports, oldest first (at most {@value #LIST_MAX}). */
    public List<ModerationItem> queue(@NotNull Long actorId, @NotNull Language language) {
        moderator(actorId);
        return items(em.createNamedQuery(InitiativePost.FIND_TO_MODERATE, InitiativePost.class)
                .setMaxResults(LIST_MAX).getResultList(), language);
    }

    /** How many posts wait in the queue. */
    public long waiting(@NotNull Long actorId) {
        moderator(actorId);
        return em.createQuery("SELECT COUNT(p) FROM InitiativePost p WHERE (p.held = TRUE AND p.hiddenAt IS NULL)"
                + " OR p.id IN (SELECT r.postId FROM PostReport r WHERE r.resolvedAt IS NULL)", Long.class)
                .getSingleResult();
    }

    /** The hidden posts, the latest hidden first (at most {@value #LIST_MAX}): to restore one. */
    public List<ModerationItem> hidden(@NotNull Long actorId, @NotNull Language language) {
        moderator(actorId);
        return items(em.createNamedQuery(InitiativePost.FIND_HIDDEN, InitiativePost.class)
                .setMaxResults(LIST_MAX).getResultList(), language);
    }

    /** One post, whatever its state, with all its reports; empty when there is none. */
    public Optional<ModerationItem> item(@NotNull Long actorId, long postId, @NotNull Language language) {
        moderator(actorId);
        InitiativePost post = em.find(InitiativePost.class, postId);
        return post == null ? Optional.empty() : Optional.of(items(List.of(post), language).get(0));
    }

    /** Lets a held post show; the team or the asker is told now. */
    public void approve(@NotNull Long actorId, long postId) {
        Account actor = moderator(actorId);
        InitiativePost post = post(postId);
        post.approve();
        DiscussionService.recount(em, post.getInitiativeId());
        trail.record(actor, AuditAction.POST_APPROVED, AuditEntry.POST, postId, null);
        added.fire(new PostAdded(postId));
        changed.fire(new InitiativeChanged(post.getInitiativeId()));
    }

    /** Hides a post for {@code reason}, which readers see in its place; its open reports are dealt with. */
    public void hide(@NotNull Long actorId, long postId, String reason) {
        Account actor = moderator(actorId);
        InitiativePost post = post(postId);
        post.hide(reason, clock.instant());
        int reports = resolveReports(postId);
        DiscussionService.recount(em, post.getInitiativeId());
        trail.record(actor, AuditAction.POST_HIDDEN, AuditEntry.POST, postId, post.getHiddenReason()
                + (reports == 0 ? "" : " — reports closed: " + reports));
        changed.fire(new InitiativeChanged(post.getInitiativeId()));
    }

    /** Shows a hidden post again (approved, if it was held). */
    public void restore(@NotNull Long actorId, long postId) {
        Account actor = moderator(actorId);
        InitiativePost post = post(postId);
        String reason = post.getHiddenReason();
        post.restore();
        DiscussionService.recount(em, post.getInitiativeId());
        trail.record(actor, AuditAction.POST_RESTORED, AuditEntry.POST, postId, "hidden for: " + reason);
        changed.fire(new InitiativeChanged(post.getInitiativeId()));
    }

    /** Closes the open reports of a post that stays as it is. */
    public void dismissReports(@NotNull Long actorId, long postId) {
        Account actor = moderator(actorId);
        post(postId);
        int reports = resolveReports(postId);
        if (reports == 0) {
            throw new DiscussionException("discussion.error.noReports", "post " + postId + " has no open report");
        }
        trail.record(actor, AuditAction.POST_REPORTS_DISMISSED, AuditEntry.POST, postId, "reports: " + reports);
    }

    private int resolveReports(long postId) {
        Instant now = clock.instant();
        List<PostReport> open = em.createNamedQuery(PostReport.FIND_OPEN_BY_POST, PostReport.class)
                .setParameter("post", postId).getResultList();
        open.forEach(r -> r.resolve(now));
        return open.size();
    }

    private Account moderator(Long actorId) {
        return Access.actorWithRole(em, actorId, Role.REVIEWER, Role.ADMINISTRATOR);
    }

    private InitiativePost post(long postId) {
        InitiativePost post = em.find(InitiativePost.class, postId);
        if (post == null) {
            throw new NotFoundException("no post " + postId);
        }
        return post;
    }

    /** The posts as the queue shows them: their initiatives, authors, reports and reporters in four statements. */
    private List<ModerationItem> items(List<InitiativePost> posts, Language language) {
        if (posts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = posts.stream().map(InitiativePost::getId).toList();
        List<PostReport> reports = em.createNamedQuery(PostReport.FIND_BY_POSTS, PostReport.class)
                .setParameter("posts", ids).getResultList();
        Set<Long> people = new HashSet<>();
        posts.stream().map(InitiativePost::getAuthorId).filter(java.util.Objects::nonNull).forEach(people::add);
        reports.stream().map(PostReport::getReporterId).filter(java.util.Objects::nonNull).forEach(people::add);
        Map<Long, Account> accounts = byId(people, Account.class, Account::getId);
        Map<Long, Initiative> initiatives = byId(posts.stream().map(InitiativePost::getInitiativeId)
                .collect(Collectors.toSet()), Initiative.class, Initiative::getId);
        Map<Long, List<ModerationItem.Report>> reportsByPost = reports.stream().collect(Collectors.groupingBy(
                PostReport::getPostId, Collectors.mapping(r -> new ModerationItem.Report(r.getReason(), r.getNote(),
                        name(accounts.get(r.getReporterId())), r.getCreatedAt(), r.isOpen()), Collectors.toList())));
        return posts.stream().map(p -> {
            Account author = p.getAuthorId() == null ? null : accounts.get(p.getAuthorId());
            Initiative initiative = initiatives.get(p.getInitiativeId());
            return new ModerationItem(p.getId(), p.getInitiativeId(),
                    initiative == null ? null : initiative.textFor(language).text().getTitle(), p.getAuthorId(),
                    name(author), author == null ? null : author.getCreatedAt(), author != null && author.isBlocked(),
                    p.getKind(), p.getLanguage(), p.getText(), p.getCreatedAt(), p.getEditedAt(), p.isHeld(),
                    p.getHiddenAt(), p.getHiddenReason(), List.copyOf(reportsByPost.getOrDefault(p.getId(),
                            List.of())));
        }).toList();
    }

    private static String name(Account account) {
        return account == null || account.isDeleted() ? null : account.getDisplayName();
    }

    private <T> Map<Long, T> byId(Collection<Long> ids, Class<T> type, Function<T, Long> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id IN :ids", type)
                .setParameter("ids", List.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(id, Function.identity()));
    }
}
