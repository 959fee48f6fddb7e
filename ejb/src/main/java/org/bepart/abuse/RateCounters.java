package org.bepart.abuse;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The counters behind every rate limit, in the database: two servers count together, and a count survives a restart.
 * Each change commits on its own (a refused or failed request still counts). Keys are hashed, so they have one length
 * and no address is stored; their number is capped ({@value #MAX_COUNTERS_KEY}, default {@value #DEFAULT_MAX}): when
 * full, expired counters go first, then those idle longest.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateCounters {

    public static final String MAX_COUNTERS_KEY = "bepart.rate-limit.max-counters";
    static final int DEFAULT_MAX = 200_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The key of a counter: what is counted ({@code kind}) and a hash of whom or what. */
    public static String key(String kind, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return kind + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts a hit on {@code key} unless {@code rule} is used up; empty when counted, else when to try again. */
    public Optional<Instant> hit(String key, RateRule rule) {
        return hit(key, rule, maxCounters());
    }

    /** {@link #hit(String, RateRule)} with at most {@code maxCounters} counters kept. */
    public Optional<Instant> hit(String key, RateRule rule, long maxCounters) {
        Instant now = clock.instant();
        RateCounter counter = em.find(RateCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            create(key, now, rule.window(), maxCounters);
            return Optional.empty();
        }
        return counter.hit(rule.count(), rule.window(), now);
    }

    /** Counts a failure on {@code key}, whatever the count; failures are forgotten {@code window} after the first. */
    public void fail(String key, Duration window) {
        Instant now = clock.instant();
        RateCounter counter = em.find(RateCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            create(key, now, window, maxCounters());
        } else {
            counter.add(now, window);
        }
    }

    /** The failures on {@code key} in its current window and the time of the last; empty when there are none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Failures> failures(String key, Duration window) {
        Instant now = clock.instant();
        return Optional.ofNullable(em.find(RateCounter.class, key)).filter(c -> c.hitsAt(now, window) > 0)
                .map(c -> new Failures(c.getHits(), c.getLastHit()));
    }

    public void forget(String key) {
        RateCounter counter = em.find(RateCounter.class, key);
        if (counter != null) {
            em.remove(counter);
        }
    }

    /** Drops the counters that expired; returns how many. */
    public int sweep() {
        return em.createNamedQuery(RateCounter.DELETE_EXPIRED).setParameter("now", clock.instant()).executeUpdate();
    }

    /** A failure count and when the last failure was. */
    public record Failures(int count, Instant last) {
    }

    private static long maxCounters() {
        return ConfigProvider.getConfig().getOptionalValue(MAX_COUNTERS_KEY, Long.class).orElse((long) DEFAULT_MAX);
    }

    private void create(String key, Instant now, Duration keep, long max) {
        long count = em.createNamedQuery(RateCounter.COUNT_ALL, Long.class).getSingleResult();
        if (count >= max) {
            count -= sweep();
            if (count >= max) {
                // Full of live counters: the idlest make room (a hundredth of the cap at a time).
                List<String> oldest = em.createNamedQuery(RateCounter.FIND_OLDEST, String.class)
                        .setMaxResults((int) Math.max(1, Math.min(10_000, count - max + 1 + max / 100)))
                        .getResultList();
                em.createNamedQuery(RateCounter.DELETE_BY_KEYS).setParameter("keys", oldest).executeUpdate();
            }
        }
        em.persist(new RateCounter(key, now, keep));
        em.flush();
    }
}
