package org.bepart.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One counter of a rate limit: the hits of one key (an action and a hashed client or recipient) in the current
 * window, and when the last one came. Forgotten once it expires.
 */
@Entity
@Table(name = "rate_counter")
@NamedQuery(name = RateCounter.COUNT_ALL, query = "SELECT COUNT(c) FROM RateCounter c")
@NamedQuery(name = RateCounter.DELETE_EXPIRED, query = "DELETE FROM RateCounter c WHERE c.expiresAt < :now")
@NamedQuery(name = RateCounter.FIND_OLDEST, query = "SELECT c.key FROM RateCounter c ORDER BY c.lastHit, c.key")
@NamedQuery(name = RateCounter.DELETE_BY_KEYS, query = "DELETE FROM RateCounter c WHERE c.key IN :keys")
public class RateCounter {

    public static final String COUNT_ALL = "RateCounter.countAll";
    public static final String DELETE_EXPIRED = "RateCounter.deleteExpired";
    public static final String FIND_OLDEST = "RateCounter.findOldest";
    public static final String DELETE_BY_KEYS = "RateCounter.deleteByKeys";
    public static final int KEY_MAX = 80;

    @Id
    @Size(max = KEY_MAX)
    @Column(name = "counter_key", length = KEY_MAX)
    private String key;

    @NotNull
    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private int hits;

    @NotNull
    @Column(name = "last_hit", nullable = false)
    private Instant lastHit;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected RateCounter() {
    }

    /** A counter with its first hit at {@code now}, kept for {@code keep}. */
    public RateCounter(String key, Instant now, Duration keep) {
        this.key = Require.maxLength(Require.notBlank(key, "key"), KEY_MAX, "key");
        this.windowStart = Require.notNull(now, "now");
        this.hits = 1;
        this.lastHit = now;
        this.expiresAt = now.plus(Require.notNull(keep, "keep"));
    }

    /**
     * Counts a hit at {@code now} unless {@code limit} hits were counted in the window of {@code window}; returns
     * empty when counted, or when the next hit will be allowed.
     */
    public Optional<Instant> hit(int limit, Duration window, Instant now) {
        restartIfOver(window, now);
        if (hits >= limit) {
            return Optional.of(windowStart.plus(window));
        }
        add(now, window);
        return Optional.empty();
    }

    /** Counts a hit at {@code now} whatever the count (failures), in a window of {@code window}. */
    public void add(Instant now, Duration window) {
        restartIfOver(window, now);
        if (hits < Integer.MAX_VALUE) {
            hits++;
        }
        lastHit = now;
        Instant until = now.plus(window);
        if (until.isAfter(expiresAt)) {
            expiresAt = until;
        }
    }

    /** The hits in the window of {@code window} that holds {@code now}. */
    public int hitsAt(Instant now, Duration window) {
        return windowStart.plus(window).isAfter(now) ? hits : 0;
    }

    private void restartIfOver(Duration window, Instant now) {
        if (!windowStart.plus(window).isAfter(now)) {
            windowStart = now;
            hits = 0;
        }
    }

    public String getKey() {
        return key;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public int getHits() {
        return hits;
    }

    public Instant getLastHit() {
        return lastHit;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
