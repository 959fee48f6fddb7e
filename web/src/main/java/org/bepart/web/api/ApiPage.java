package org.bepart.web.api;

import java.util.List;
import java.util.Map;

/**
 * One page of initiatives matching the query, with the total and the facet counts (facet parameter → value → number
 * of initiatives it would give).
 */
public record ApiPage(List<ApiInitiative> items, long total, int page, int size, int pages,
                      Map<String, Map<String, Long>> facets) {
}
