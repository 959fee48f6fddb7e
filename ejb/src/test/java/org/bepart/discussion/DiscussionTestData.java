package org.bepart.discussion;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.language.Language;
import org.bepart.notification.Notification;

import java.time.Duration;
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

    /** Hides a post as moderation will (item 2), to show that hidden posts are left out. */
    public void hide(long postId) {
        em.createNativeQuery("UPDATE initiative_post SET hidden_at = CURRENT_TIMESTAMP, hidden_reason = 'test'"
                + " WHERE id = ?1").setParameter(1, postId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(InitiativePost.class, postId);
    }
}
