package org.bepart.search;

import java.util.List;
import java.util.Map;

/**
 * What the index found: one page of hits in order, how many match in all, and the facet counts. The counts of a
 * facet ignore that facet's own choices, so that the reader sees what choosing another value would give.
 */
public record SearchHits(List<Hit> hits, long total, Map<Facet, List<FacetCount>> facets) {

    /** One initiative found, with its card as the index stores it. */
    public record Hit(long id, String card) {
    }

    public List<Long> ids() {
        return hits.stream().map(Hit::id).toList();
    }
}
