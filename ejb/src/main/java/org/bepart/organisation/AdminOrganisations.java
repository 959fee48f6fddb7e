package org.bepart.organisation;

import java.io.Serializable;
import java.util.List;

/** One page of the administrators' list of organisations; {@code page} is the one shown, at most the last. */
public record AdminOrganisations(List<AdminRow> rows, long total, int page) implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + AdminFilter.SIZE - 1) / AdminFilter.SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
