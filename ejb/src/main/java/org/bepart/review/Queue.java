package org.bepart.review;

import org.bepart.initiative.InitiativeStatus;

import java.util.List;
import java.util.Map;

/**
 * One page of the review queue, with the number of initiatives in each status under the same country and text
 * filters (for the tabs).
 */
public record Queue(List<QueueRow> rows, long total, int page, int size, Map<InitiativeStatus, Long> counts) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public long count(InitiativeStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    /** Initiatives waiting to be forwarded or decided. */
    public long toDo() {
        return QueueFilter.TO_DO.stream().mapToLong(this::count).sum();
    }
}
