package org.bepart.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * The outbox as the mail tests need it. All test classes share one server: mails that earlier classes queued (many,
 * from the authorisation matrix) would be sent before a test's own, so a test that waits for its mail sets them
 * aside first, as if sent.
 */
@Stateless
public class TestOutbox {

    @PersistenceContext
    private EntityManager em;

    /** Marks every queued mail that no sender holds now as sent. */
    public void setAsideEarlierMails() {
        Instant now = Instant.now();
        em.createQuery("UPDATE OutgoingMail m SET m.sentAt = :now, m.version = m.version + 1 WHERE m.sentAt IS NULL "
                + "AND m.failedAt IS NULL AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
                .setParameter("now", now).executeUpdate();
    }
}
