package org.bepart.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;

/** How the outbox stands, for readiness and metrics. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxBacklog {

    /** A mail still waiting this long after it was due is overdue: the senders are not keeping up. */
    public static final Duration OVERDUE = Duration.ofMinutes(15);

    /** Mails waiting (due or retried later), overdue among them, and given up. */
    public record Counts(long waiting, long overdue, long failed) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Counts counts() {
        return new Counts(em.createNamedQuery(OutgoingMail.COUNT_WAITING, Long.class).getSingleResult(),
                em.createNamedQuery(OutgoingMail.COUNT_OVERDUE, Long.class)
                        .setParameter("before", clock.instant().minus(OVERDUE)).getSingleResult(),
                em.createNamedQuery(OutgoingMail.COUNT_FAILED, Long.class).getSingleResult());
    }
}
