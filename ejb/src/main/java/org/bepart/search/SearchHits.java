package org.bepart.search;

import java.util.List;
import java.util.Map;

/**
 * What the index found: one page of hits in order, how many match in all, and the facet counts. The counts of a
 * facet ignore that facet's own choices, so that the reader sees what choosing another value would give.
 */
public record SearchHits(List<Hit> hits, long total, Map<Facet, List<FacetCount>> facets) {

    /**
     * One initiative found, with its card as the index stores it.
     *
     * @param highlight the summary the card shows, as safe HTML with the searched words marked; null when the search
     *                  had no words or none of them is in the summary
     */
    public record Hit(long id, String card, String highlight) {
    }

    public List<Long> ids() {
        return hits.stream().map(Hit::id).toList();
    }
}
