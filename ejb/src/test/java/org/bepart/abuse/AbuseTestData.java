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

    public boolean exists(String key) {
        return em.find(RateCounter.class, key) != null;
    }
}
