package org.bepart.newsletter;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    public long confirmed() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM newsletter_subscriber WHERE status = 'CONFIRMED'")
                .getSingleResult()).longValue();
    }

    public long digests() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM newsletter_digest").getSingleResult()).longValue();
    }

    /** Outbox mails to {@code email} carrying a List-Unsubscribe address. */
    public long listMails(String email) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ? "
                + "AND list_unsubscribe IS NOT NULL").setParameter(1, email).getSingleResult()).longValue();
    }
}
