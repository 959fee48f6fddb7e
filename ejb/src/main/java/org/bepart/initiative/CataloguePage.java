package org.bepart.initiative;

import org.bepart.search.Facet;
import org.bepart.search.FacetCount;

import java.util.List;
import java.util.Map;

/**
 * One page of the catalogue.
 *
 * @param page   1-based number of this page
 * @param total  initiatives matching the search on all pages
 * @param facets for each facet, its values with the number of matches each would give
 */
public record CataloguePage(List<InitiativeCard> items, long total, int page, int pageSize,
                            Map<Facet, List<FacetCount>> facets) {

    /** The counts of one facet's values, most frequent first. */
    public List<FacetCount> counts(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** How many matches one facet value would give (0 when none). */
    public long count(Facet facet, String value) {
        return counts(facet).stream().filter(c -> c.value().equals(value)).mapToLong(FacetCount::count).sum();
    }

    /** Pages a reader can reach: the search collects at most {@link org.bepart.search.SearchIndex#MAX_COLLECTED}. */
    public int totalPages() {
        long reachable = Math.min(total, org.bepart.search.SearchIndex.MAX_COLLECTED);
        return (int) Math.max(1, (reachable + pageSize - 1) / pageSize);
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
