package org.bepart.web.cache;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The pages being rendered again. When a cached page is outdated (what it shows changed, or its time to live passed),
 * the first reader renders it; readers who come meanwhile get its last copy instead of rendering it too: at 100,000
 * initiatives sixteen readers rendering the map at once made some of them wait 400 ms. A claim whose request never
 * gave it back (it ended before the page cache) lapses after {@code lapse}.
 */
final class Renders {

    /** More claims than this, and the lapsed ones are dropped. */
    private static final int TIDY_FROM = 10_000;

    /** One reader's claim to render a page. */
    static final class Claim {
        private final String key;
        private final long since;

        private Claim(String key, long since) {
            this.key = key;
            this.since = since;
        }
    }

    private final ConcurrentHashMap<String, Claim> claims = new ConcurrentHashMap<>();
    private final long lapse;
    private final LongSupplier clock;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    Renders(Duration lapse, LongSupplier clock) {
        this.lapse = lapse.toNanos();
        this.clock = clock;
    }

    /** The claim to render the page of {@code key}, or null when another reader renders it now. */
    Claim claim(String key) {
        long now = clock.getAsLong();
        if (claims.size() > TIDY_FROM) {
            claims.values().removeIf(claim -> now - claim.since > lapse);
        }
        Claim mine = new Claim(key, now);
        Claim current = claims.merge(key, mine, (old, fresh) -> fresh.since - old.since > lapse ? fresh : old);
        return current == mine ? mine : null;
    }

    /** The page of the claim is rendered (or could not be): the next outdated reader renders it again. */
    void release(Claim claim) {
        if (claim != null) {
            claims.remove(claim.key, claim);
        }
    }
}
