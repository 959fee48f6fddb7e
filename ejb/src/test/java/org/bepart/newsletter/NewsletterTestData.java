package org.bepart.newsletter;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.language.Language;

import java.time.Instant;

import java.util.List;

/** A look at the stored subscribers and mails, independent of the services. */
@Stateless
public class NewsletterTestData {

    @PersistenceContext
    private EntityManager em;

    public String status(String email) {
        List<?> rows = em.createNativeQuery("SELECT status FROM newsletter_subscriber WHERE email = ?")
                .setParameter(1, email).getResultList();
        return rows.isEmpty() ? null : String.valueOf(rows.get(0));
    }

    /** Every stored value of the subscriber's row, to show no confirmation token is kept as it is. */
    public String row(String email) {
        List<?> rows = em.createNativeQuery("SELECT email, language, status, confirm_hash, unsubscribe_token "
                + "FROM newsletter_subscriber WHERE email = ?").setParameter(1, email).getResultList();
        return rows.isEmpty() ? "" : java.util.Arrays.deepToString((Object[]) rows.get(0));
    }

    public String language(String email) {
        List<?> rows = em.createNativeQuery("SELECT language FROM newsletter_subscriber WHERE email = ?")
                .setParameter(1, email).getResultList();
        return rows.isEmpty() ? null : String.valueOf(rows.get(0));
    }

    /** Every stored value about the subscriber's unsubscribe links (hashes and dates), as text. */
    public String unsubscribeRows(String email) {
        List<?> rows = em.createNativeQuery("SELECT u.token_hash, u.created_at FROM newsletter_unsubscribe u "
                + "JOIN newsletter_subscriber s ON s.id = u.subscriber_id WHERE s.email = ?").setParameter(1, email)
                .getResultList();
        return rows.stream().map(r -> java.util.Arrays.deepToString((Object[]) r)).toList().toString();
    }

    /** A confirmed subscriber as versions before V10 stored it: its unsubscribe token as it is. */
    public void legacySubscriber(String email, String token) {
        Subscriber subscriber = new Subscriber(email, Language.HY, Instant.now());
        subscriber.requestConfirmation(Language.HY, "legacy-hash-" + token, Instant.now().plusSeconds(60),
                Instant.now());
        subscriber.confirm("legacy-hash-" + token, Instant.now());
        em.persist(subscriber);
        em.flush();
        em.createNativeQuery("UPDATE newsletter_subscriber SET unsubscribe_token = ? WHERE email = ?")
                .setParameter(1, token).setParameter(2, email).executeUpdate();
    }

    public long confirmed() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM newsletter_subscriber WHERE status = 'CONFIRMED'")
                .getSingleResult()).longValue();
    }

    public long digests() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM newsletter_digest").getSingleResult()).longValue();
    }

    /** Outbox mails carrying a List-Unsubscribe address (digests) not yet handed to the mail server. */
    public long unsentListMails() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outgoing_mail WHERE list_unsubscribe IS NOT NULL "
                + "AND sent_at IS NULL AND failed_at IS NULL").getSingleResult()).longValue();
    }

    /** Outbox mails to {@code email} carrying a List-Unsubscribe address. */
    public long listMails(String email) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ? "
                + "AND list_unsubscribe IS NOT NULL").setParameter(1, email).getSingleResult()).longValue();
    }
}
