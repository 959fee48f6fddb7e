package org.bepart.search;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads public initiatives for the index, in transactions of their own. */
@Stateless
public class IndexSource {

    @PersistenceContext
    private EntityManager em;

    public long countPublic() {
        return em.createQuery("SELECT COUNT(i) FROM Initiative i WHERE i.status IN :statuses AND i.heldAt IS NULL", Long.class)
                .setParameter("statuses", InitiativeStatus.publicOnes()).getSingleResult();
    }

    /** The last change to a public initiative, or null when there is none. */
    public Instant lastUpdate() {
        // Not MAX(): EclipseLink hands an aggregate to the converter as the driver's Timestamp on PostgreSQL.
        return em.createQuery("SELECT i.updatedAt FROM Initiative i WHERE i.status IN :statuses AND i.heldAt IS NULL "
                        + "ORDER BY i.updatedAt DESC", Instant.class)
                .setParameter("statuses", InitiativeStatus.publicOnes()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    /** Up to {@code size} public initiatives with ids above {@code afterId}, by id. */
    public List<IndexedInitiative> batch(long afterId, int size) {
        List<Initiative> initiatives = em.createQuery("SELECT i FROM Initiative i WHERE i.status IN :statuses"
                                + " AND i.heldAt IS NULL AND i.id > :after ORDER BY i.id", Initiative.class)
                .setParameter("statuses", InitiativeStatus.publicOnes()).setParameter("after", afterId)
                .setMaxResults(size).getResultList();
        Map<Long, ReplicationLinks> links = ReplicationLinks.read(em, initiatives.stream().map(Initiative::getId)
                .toList());
        return initiatives.stream().map(i -> IndexedInitiative.of(i, links.get(i.getId()))).toList();
    }

    /** The initiative as the index should hold it, or empty when it is not public (or gone). */
    public Optional<IndexedInitiative> one(long id) {
        Initiative initiative = em.find(Initiative.class, id);
        return initiative != null && initiative.isPublic()
                ? Optional.of(IndexedInitiative.of(initiative, ReplicationLinks.read(em, List.of(id)).get(id)))
                : Optional.empty();
    }
}
