package org.bepart.search;

import java.util.List;
import java.util.Map;

/**
 * What the index found: the ids of one page in order, how many match in all, and the facet counts. The counts of a
 * facet ignore that facet's own choices, so that the reader sees what choosing another value would give.
 */
public record SearchHits(List<Long> ids, long total, Map<Facet, List<FacetCount>> facets) {
}
