package org.bepart.search;

/** How many initiatives of a result carry one value of a facet. */
public record FacetCount(String value, long count) {
}
