package org.bepart.contest;

import java.util.List;

/** The public list: open contests (closing soonest first), then upcoming, then past (latest first). */
public record ContestOverview(List<ContestCard> open, List<ContestCard> upcoming, List<ContestCard> past) {

    public boolean isEmpty() {
        return open.isEmpty() && upcoming.isEmpty() && past.isEmpty();
    }
}
