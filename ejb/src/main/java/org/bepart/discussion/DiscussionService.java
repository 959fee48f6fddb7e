package org.bepart.discussion;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.abuse.LimitedAction;
import org.bepart.abuse.RateLimiter;
import org.bepart.account.Account;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.initiative.Initiative;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.platform.Access;
import org.bepart.shared.AccessDeniedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Questions and answers on public initiatives. Anybody signed in asks a question or leaves a comment and replies to
 * one (not to a reply); a member of the initiative's owner or partner organisation writes the team's answers. Each
 * post counts against the writer's rate limit ({@link LimitedAction#DISCUSSION_POST}); the team and the asker are
 * told ({@link PostAdded}) and the public page follows ({@link InitiativeChanged}).
 * <p>
 * Posts of accounts younger than {@link #NEW_ACCOUNT} and of accounts none of whose posts a moderator has let show yet
 * are held: only their author sees them until a moderator approves them ({@link DiscussionModeration}); an edit that
 * adds a link by such an account holds the post again. The initiative's team and moderators are not held. Signed-in
 * people report a shown post to the moderators, once each ({@link LimitedAction#DISCUSSION_REPORT}).
 */
@Stateless
public class DiscussionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<InitiativeChanged> changed;

    @Inject
    private Event<PostAdded> added;

    @EJB
    private RateLimiter limiter;

    @EJB
    private AuditTrail trail;

    /** Accounts younger than this have their posts held for a moderator. */
    public static final Duration NEW_ACCOUNT = Duration.ofDays(7);
    /** Stands for "nobody signed in" in the thread's query (an id no account has). */
    private static final long NOBODY = -1;

    /**
     * The posts of an initiative a reader sees, read in one statement: answered questions first, then the rest newest
     * first, each with its replies oldest first. Hidden posts come without their text (the page says why in their
     * place); held ones only for their author, {@code viewerId} (null: nobody signed in). Empty for an initiative
     * without posts.
     */
    public List<DiscussionPost> thread(long initiativeId, Long viewerId) {
        List<Object[]> rows = em.createNamedQuery(InitiativePost.FIND_THREAD, Object[].class)
                .setParameter("initiative", initiativeId)
                .setParameter("viewer", viewerId == null ? NOBODY : viewerId).getResultList();
        Map<Long, List<DiscussionPost>> replies = new LinkedHashMap<>();
        List<Object[]> opening = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[1] == null) {
                opening.add(row);
            } else {
                replies.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add(post(row, List.of()));
            }
        }
        List<DiscussionPost> posts = new ArrayList<>();
        for (Object[] row : opening) {
            posts.add(post(row, List.copyOf(replies.getOrDefault((Long) row[0], List.of()))));
        }
        posts.sort(Comparator.comparing(DiscussionPost::answered).reversed()
                .thenComparing(DiscussionPost::createdAt, Comparator.reverseOrder())
                .thenComparing(DiscussionPost::id, Comparator.reverseOrder()));
        return List.copyOf(posts);
    }

    private static DiscussionPost post(Object[] row, List<DiscussionPost> replies) {
        boolean hidden = row[11] != null;
        String text = hidden ? "" : (String) row[4];
        return new DiscussionPost((Long) row[0], (PostKind) row[2], (Language) row[3], text, PostText.segments(text),
                (Long) row[8], (String) row[9], (Boolean) row[5], (Instant) row[6], (Instant) row[7],
                (Boolean) row[10], hidden ? (String) row[12] : null, replies);
    }

    /**
     * Asks a question or leaves a comment ({@code kind}) on a public initiative, in {@code language}, plain text of
     * at most {@value PostText#MAX} characters; returns the new post, held for a moderator or not.
     */
    public Posted post(@NotNull Long actorId, long initiativeId, @NotNull PostKind kind, @NotNull Language language,
                       String text) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = publicInitiative(initiativeId);
        InitiativePost post = new InitiativePost(initiative.getId(), actor.getId(), kind, language, text,
                isTeam(initiative, actor), clock.instant());
        return save(actor, post);
    }

    /**
     * Replies to a shown question or comment of a public initiative (not to a reply); returns the reply, held for a
     * moderator or not.
     */
    public Posted reply(@NotNull Long actorId, long postId, @NotNull Language language, String text) {
        Account actor = Access.actor(em, actorId);
        InitiativePost parent = shownPost(postId);
        Initiative initiative = publicInitiative(parent.getInitiativeId());
        InitiativePost reply = parent.reply(actor.getId(), language, text, isTeam(initiative, actor),
                clock.instant());
        return save(actor, reply);
    }

    /**
     * The author changes the text of a shown post within 15 minutes of writing it; an edit that adds a link by an
     * account whose posts are held is held again. Returns whether it is held.
     */
    public boolean edit(@NotNull Long actorId, long postId, String text) {
        Account actor = Access.actor(em, actorId);
        InitiativePost post = shownPost(postId);
        publicInitiative(post.getInitiativeId());
        boolean linked = PostText.hasLink(post.getText());
        post.edit(actor.getId(), text, clock.instant());
        String why = linked || !PostText.hasLink(post.getText()) ? null : holdReason(actor, post);
        if (why != null) {
            post.hold();
            trail.record(null, AuditAction.POST_HELD, AuditEntry.POST, post.getId(), "edited: " + why);
        }
        recount(em, post.getInitiativeId());
        changed.fire(new InitiativeChanged(post.getInitiativeId()));
        return why != null;
    }

    /**
     * Reports a shown post of a public initiative to the moderators, with a reason and an optional note of at most
     * {@value PostReport#NOTE_MAX} characters; once per account and post, never one's own.
     */
    public void report(@NotNull Long actorId, long postId, @NotNull ReportReason reason, String note) {
        Account actor = Access.actor(em, actorId);
        InitiativePost post = shownPost(postId);
        publicInitiative(post.getInitiativeId());
        if (Objects.equals(post.getAuthorId(), actor.getId())) {
            throw new AccessDeniedException("account " + actorId + " reports its own post " + postId);
        }
        PostReport report = new PostReport(post.getId(), actor.getId(), reason, note, clock.instant());
        if (em.createNamedQuery(PostReport.COUNT_BY_REPORTER, Long.class).setParameter("post", postId)
                .setParameter("reporter", actor.getId()).getSingleResult() > 0) {
            throw new DiscussionException("discussion.error.alreadyReported", "post " + postId + " by " + actorId);
        }
        limiter.acquire(LimitedAction.DISCUSSION_REPORT, null, "account-" + actor.getId());
        em.persist(report);
    }

    /**
     * Counts again the posts readers see on the initiative's page into its row ({@code post_count}): a page reads the
     * posts only when there are any. Called in the transaction of every change of what readers see.
     */
    static void recount(EntityManager em, long initiativeId) {
        em.flush();
        em.createNativeQuery("UPDATE initiative SET post_count = (SELECT COUNT(*) FROM initiative_post"
                + " WHERE initiative_id = ?1 AND held = FALSE) WHERE id = ?1").setParameter(1, initiativeId)
                .executeUpdate();
    }

    private Posted save(Account actor, InitiativePost post) {
        limiter.acquire(LimitedAction.DISCUSSION_POST, null, "account-" + actor.getId());
        String why = holdReason(actor, post);
        if (why != null) {
            post.hold();
        }
        em.persist(post);
        em.flush();
        if (why != null) {
            trail.record(null, AuditAction.POST_HELD, AuditEntry.POST, post.getId(), why);
            return new Posted(post.getId(), true);
        }
        recount(em, post.getInitiativeId());
        added.fire(new PostAdded(post.getId()));
        changed.fire(new InitiativeChanged(post.getInitiativeId()));
        return new Posted(post.getId(), false);
    }

    /**
     * Why a post of {@code author} waits for a moderator, or null when it does not: the team's posts and moderators'
     * never; an account younger than {@link #NEW_ACCOUNT}, or one without any post readers see, always.
     */
    private String holdReason(Account author, InitiativePost post) {
        if (post.isTeam() || Access.reviews(author)) {
            return null;
        }
        Instant created = author.getCreatedAt();
        if (created == null || created.isAfter(clock.instant().minus(NEW_ACCOUNT))) {
            return PostText.hasLink(post.getText()) ? "a link from an account younger than " + NEW_ACCOUNT.toDays()
                    + " days" : "an account younger than " + NEW_ACCOUNT.toDays() + " days";
        }
        long approved = em.createNamedQuery(InitiativePost.COUNT_APPROVED_BY_AUTHOR, Long.class)
                .setParameter("author", author.getId()).getSingleResult();
        return approved == 0 ? "the account's first post" : null;
    }

    /** Whether {@code account} belongs to the initiative's owner organisation or to its partner (once joined). */
    private static boolean isTeam(Initiative initiative, Account account) {
        return initiative.isOwnedBy(account) || initiative.isPartneredBy(account);
    }

    private InitiativePost shownPost(long id) {
        InitiativePost post = em.find(InitiativePost.class, id);
        if (post == null || !post.isShown()) {
            throw new DiscussionException("discussion.error.notFound", "no shown post " + id);
        }
        return post;
    }

    private Initiative publicInitiative(long id) {
        Initiative initiative = em.find(Initiative.class, id);
        if (initiative == null || !initiative.isPublic()) {
            throw new DiscussionException("discussion.error.notPublic", "initiative " + id + " is not public");
        }
        return initiative;
    }
}
