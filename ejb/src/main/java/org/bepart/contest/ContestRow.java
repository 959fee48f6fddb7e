package org.bepart.contest;

import java.io.Serializable;
import java.time.Instant;

/** A contest in the editors' list. */
public record ContestRow(long id, String title, ContestStatus status, ContestPhase phase, Instant opensAt,
                         Instant closesAt, long pending, long approved, boolean winnersAnnounced)
        implements Serializable {
}
