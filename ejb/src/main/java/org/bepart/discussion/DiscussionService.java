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
import org.bepart.initiative.Initiative;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.platform.Access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Questions and answers on public initiatives. Anybody signed in asks a question or leaves a comment and replies to
 * one (not to a reply); a member of the initiative's owner or partner organisation writes the team's answers. Each
 * post counts against the writer's rate limit ({@link LimitedAction#DISCUSSION_POST}); the team and the asker are
 * told ({@link PostAdded}) and the public page follows ({@link InitiativeChanged}).
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

    /**
     * The posts of an initiative that may be shown, read in one statement: answered questions first, then the rest
     * newest first, each with its replies oldest first. Empty for an initiative without posts.
     */
    public List<DiscussionPost> thread(long initiativeId) {
        List<Object[]> rows = em.createNamedQuery(InitiativePost.FIND_SHOWN_BY_INITIATIVE, Object[].class)
                .setParameter("initiative", initiativeId).getResultList();
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
        String text = (String) row[4];
        return new DiscussionPost((Long) row[0], (PostKind) row[2], (Language) row[3], text, PostText.segments(text),
                (Long) row[8], (String) row[9], (Boolean) row[5], (Instant) row[6], (Instant) row[7], replies);
    }

    /**
     * Asks a question or leaves a comment ({@code kind}) on a public initiative, in {@code language}, plain text of
     * at most {@value PostText#MAX} characters; returns the new post's id.
     */
    public long post(@NotNull Long actorId, long initiativeId, @NotNull PostKind kind, @NotNull Language language,
                     String text) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = publicInitiative(initiativeId);
        InitiativePost post = new InitiativePost(initiative.getId(), actor.getId(), kind, language, text,
                isTeam(initiative, actor), clock.instant());
        return save(actor, post);
    }

    /** Replies to a shown question or comment of a public initiative (not to a reply); returns the reply's id. */
    public long reply(@NotNull Long actorId, long postId, @NotNull Language language, String text) {
        Account actor = Access.actor(em, actorId);
        InitiativePost parent = shownPost(postId);
        Initiative initiative = publicInitiative(parent.getInitiativeId());
        InitiativePost reply = parent.reply(actor.getId(), language, text, isTeam(initiative, actor),
                clock.instant());
        return save(actor, reply);
    }

    /** The author changes the text of a shown post within 15 minutes of writing it. */
    public void edit(@NotNull Long actorId, long postId, String text) {
        Account actor = Access.actor(em, actorId);
        InitiativePost post = shownPost(postId);
        publicInitiative(post.getInitiativeId());
        post.edit(actor.getId(), text, clock.instant());
        em.flush();
        changed.fire(new InitiativeChanged(post.getInitiativeId()));
    }

    private long save(Account actor, InitiativePost post) {
        limiter.acquire(LimitedAction.DISCUSSION_POST, null, "account-" + actor.getId());
        em.persist(post);
        em.flush();
        added.fire(new PostAdded(post.getId()));
        changed.fire(new InitiativeChanged(post.getInitiativeId()));
        return post.getId();
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
