package org.bepart.follow;

import java.time.Duration;
import java.time.Instant;

/** How what an account follows reaches its mailbox: each at once, a daily or a weekly digest, or not by mail. */
public enum FollowDelivery {
    IMMEDIATE(null),
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7)),
    NONE(null);

    /** Allowance for the scheduler's drift: a digest an hour early still counts as due. */
    private static final Duration SLACK = Duration.ofHours(1);

    private final Duration period;

    FollowDelivery(Duration period) {
        this.period = period;
    }

    /** Whether this is a digest (daily or weekly). */
    public boolean isDigest() {
        return period != null;
    }

    /** Whether a digest is due at {@code now} after the last one at {@code last} (null: none yet). */
    public boolean isDue(Instant last, Instant now) {
        return isDigest() && (last == null || !last.plus(period).minus(SLACK).isAfter(now));
    }
}
