package org.bepart.audit;

import java.io.Serializable;
import java.util.List;

/** One page of the audit trail, newest first, with the number of entries matching the filter. Pages count from 1. */
public record AuditResults(List<AuditRow> rows, long total, int page, int pageSize) implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
