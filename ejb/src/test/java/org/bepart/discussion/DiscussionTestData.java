package org.bepart.discussion;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.language.Language;
import org.bepart.notification.Notification;

import org.bepart.audit.AuditEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What DiscussionServiceIT arranges and reads straight in the database: time moved back, languages, what was told. */
@Stateless
public class DiscussionTestData {

    @PersistenceContext
    private EntityManager em;

    /** Moves a post's writing time back by {@code by}, as if it had been written that long ago. */
    public void writtenEarlier(long postId, Duration by) {
        InitiativePost post = em.find(InitiativePost.class, postId);
        em.createNativeQuery("UPDATE initiative_post SET created_at = ?1 WHERE id = ?2")
                .setParameter(1, post.getCreatedAt().minus(by)).setParameter(2, postId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(InitiativePost.class, postId);
    }

    public void speaks(long accountId, Language language) {
        em.find(Account.class, accountId).preferLanguage(language);
    }

    /** The kind and text of each notification of the account, newest first, as "KIND text". */
    public List<String> notifications(long accountId) {
        return em.createNamedQuery(Notification.FIND_BY_RECIPIENT, Notification.class)
                .setParameter("recipientId", accountId).getResultStream()
                .map(n -> n.getKind() + " " + n.getText() + " @" + n.getLink()).toList();
    }

    /** The subject and body of each mail to {@code email} in the outbox, oldest first. */
    public List<String> mails(String email) {
        return em.createQuery("SELECT m.subject, m.body FROM OutgoingMail m WHERE m.recipient = :r ORDER BY m.id",
                Object[].class).setParameter("r", email).getResultStream().map(r -> r[0] + "\n" + r[1]).toList();
    }

    /** The count of posts readers see, as the initiative's row keeps it for its page. */
    public int postCount(long initiativeId) {
        return ((Number) em.createNativeQuery("SELECT post_count FROM initiative WHERE id = ?1")
                .setParameter(1, initiativeId).getSingleResult()).intValue();
    }

    /** Hides a post straight in the database, as a moderator would. */
    public void hide(long postId) {
        em.createNativeQuery("UPDATE initiative_post SET hidden_at = CURRENT_TIMESTAMP, hidden_reason = 'test'"
                + " WHERE id = ?1").setParameter(1, postId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(InitiativePost.class, postId);
    }

    /**
     * Makes an account one whose posts show at once: created a month ago, with a comment readers saw (on the first
     * initiative, away from the tests' own threads).
     */
    public void trust(long accountId) {
        age(accountId, Duration.ofDays(30));
        long first = em.createQuery("SELECT MIN(i.id) FROM Initiative i", Long.class).getSingleResult();
        em.persist(new InitiativePost(first, accountId, PostKind.COMMENT, Language.EN, "An earlier comment.", false,
                Instant.now().minus(Duration.ofDays(20))));
    }

    /** Moves the account's creation back by {@code by}. */
    public void age(long accountId, Duration by) {
        em.flush();
        Account account = em.find(Account.class, accountId);
        em.createNativeQuery("UPDATE account SET created_at = ?1 WHERE id = ?2")
                .setParameter(1, account.getCreatedAt().minus(by)).setParameter(2, accountId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Account.class, accountId);
        em.refresh(account);
    }

    /** Whether the post waits for a moderator, and whether it is hidden and why, as "held", "hidden: why" or "shown". */
    public String state(long postId) {
        InitiativePost post = em.find(InitiativePost.class, postId);
        em.refresh(post);
        return post.isHidden() ? "hidden: " + post.getHiddenReason() : post.isHeld() ? "held" : "shown";
    }

    /** The audit trail of a post, oldest first, as "ACTION by actor: detail". */
    public List<String> audit(long postId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.subjectType = :t AND e.subjectId = :id"
                        + " ORDER BY e.at, e.id", AuditEntry.class).setParameter("t", AuditEntry.POST)
                .setParameter("id", postId).getResultStream()
                .map(e -> e.getAction() + " by " + e.getActorId() + ": " + e.getDetail()).toList();
    }

    /** The reports of a post, as "REASON note open|closed". */
    public List<String> reports(long postId) {
        return em.createNamedQuery(PostReport.FIND_BY_POSTS, PostReport.class).setParameter("posts", List.of(postId))
                .getResultStream().map(r -> r.getReason() + " " + r.getNote() + " " + (r.isOpen() ? "open" : "closed"))
                .toList();
    }
}
