package org.bepart.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far a server has read the change log: the highest number read, and the lower numbers not seen yet (gaps), each
 * with when it was missed. A gap is a change still being written by a running transaction, or a number never used
 * (a rolled-back transaction): it is looked for until {@code wait} has passed. Immutable.
 */
final class LogCursor {

    private final long high;
    private final NavigableMap<Long, Instant> gaps;
    private final int maxGaps;
    private final Duration wait;

    LogCursor(long start, int maxGaps, Duration wait) {
        this(start, new TreeMap<>(), maxGaps, wait);
    }

    private LogCursor(long high, NavigableMap<Long, Instant> gaps, int maxGaps, Duration wait) {
        this.high = high;
        this.gaps = Collections.unmodifiableNavigableMap(gaps);
        this.maxGaps = maxGaps;
        this.wait = wait;
    }

    /** The highest number read. */
    long high() {
        return high;
    }

    /** The numbers below {@link #high()} still looked for. */
    Set<Long> gaps() {
        return gaps.keySet();
    }

    /** Every change up to this number has been read (the number to record, and to restart from). */
    long position() {
        return gaps.isEmpty() ? high : gaps.firstKey() - 1;
    }

    /**
     * The cursor after reading these numbers (new ones above {@link #high()} and gaps that were filled) at
     * {@code now}: numbers skipped become gaps (as long as there are at most {@code maxGaps}: a larger jump is
     * taken as numbers never used), and gaps older than {@code wait} are given up.
     */
    LogCursor after(Collection<Long> read, Instant now) {
        TreeMap<Long, Instant> missing = new TreeMap<>(gaps);
        long top = high;
        for (long id : read.stream().sorted().toList()) {
            if (id > top) {
                long skipped = id - top - 1;
                if (skipped > 0 && skipped + missing.size() <= maxGaps) {
                    for (long gap = top + 1; gap < id; gap++) {
                        missing.put(gap, now);
                    }
                }
                top = id;
            } else {
                missing.remove(id);
            }
        }
        missing.values().removeIf(missed -> missed.isBefore(now.minus(wait)));
        return new LogCursor(top, missing, maxGaps, wait);
    }
}
