package org.bepart.exchange;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.lifecycle.InitiativeChanged;

import java.util.List;

/**
 * The count of public replications kept on an original's row. It follows links made and removed
 * ({@link ExchangeService}) and a replicating initiative that leaves or rejoins the public ones (rejected, sent back,
 * held, validated): each change of an initiative recounts the originals it replicates, in the same transaction, and
 * an original whose count moved is changed in turn, so that its index document and pages follow.
 */
@Stateless
public class ReplicationCounts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<InitiativeChanged> changed;

    /** Recounts the originals of a changed initiative (one statement when it replicates none, the usual case). */
    public void initiativeChanged(@Observes InitiativeChanged change) {
        List<Long> originals = em.createQuery("SELECT r.original.id FROM Replication r"
                + " WHERE r.initiative.id = :initiative", Long.class)
                .setParameter("initiative", change.id()).getResultList();
        for (long original : originals) {
            if (recount(original)) {
                changed.fire(new InitiativeChanged(original));
            }
        }
    }

    /** Counts the original's public replications again; true when the count on its row changed. */
    public boolean recount(long original) {
        long count = em.createNamedQuery(Replication.COUNT_PUBLIC_OF_ORIGINAL, Long.class)
                .setParameter("original", original)
                .setParameter("statuses", InitiativeStatus.publicOnes()).getSingleResult();
        return em.createNativeQuery("UPDATE initiative SET replication_count = ?1 WHERE id = ?2"
                        + " AND replication_count <> ?1")
                .setParameter(1, (int) count).setParameter(2, original).executeUpdate() > 0;
    }
}
