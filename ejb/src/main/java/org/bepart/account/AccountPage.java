package org.bepart.account;

import java.io.Serializable;
import java.util.List;

/** One page of the administrators' list of accounts. Pages count from 1. */
public record AccountPage(List<AccountSummary> items, long total, int page, int pageSize) implements Serializable {

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
