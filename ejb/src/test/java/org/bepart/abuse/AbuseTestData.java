package org.bepart.abuse;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What the rate-limit tests read of the counters. */
@Stateless
public class AbuseTestData {

    @PersistenceContext
    private EntityManager em;

    public long counters() {
        return em.createNamedQuery(RateCounter.COUNT_ALL, Long.class).getSingleResult();
    }

    /** Writes a counter whose window ended an hour ago. */
    public void expired(String key) {
        em.persist(new RateCounter(key, java.time.Instant.now().minus(java.time.Duration.ofHours(2)),
                java.time.Duration.ofHours(1)));
    }

    public boolean exists(String key) {
        return em.find(RateCounter.class, key) != null;
    }
}
