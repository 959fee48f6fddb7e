package org.bepart.initiative;

import java.util.List;

/**
 * One page of the catalogue.
 *
 * @param page     1-based number of this page
 * @param total    initiatives matching the filter on all pages
 */
public record CataloguePage(List<InitiativeCard> items, long total, int page, int pageSize) {

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    /** Position of the first item on this page among all matches, from 1. */
    public long firstItem() {
        return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long lastItem() {
        return firstItem() + items.size() - (items.isEmpty() ? 0 : 1);
    }
}
