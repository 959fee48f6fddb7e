package org.bepart.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A search of the catalogue: words typed by the reader (any characters; blank for none), the facet values chosen
 * (values of one facet are alternatives, facets combine), the order, and the page.
 *
 * @param sort null for the default: by relevance when there are words, newest first otherwise
 */
public record SearchRequest(String text, Map<Facet, Set<String>> filters, SearchSort sort, int page, int pageSize) {

    /** Longer texts are cut: nobody types more, and each word costs a fuzzy query. */
    public static final int TEXT_MAX = 200;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
    }

    public static SearchRequest all(int pageSize) {
        return new SearchRequest("", Map.of(), SearchSort.NEWEST, 1, pageSize);
    }

    /** The same search with {@link Facet#AVAILABLE_YES} standing for {@code reader}'s language. */
    public SearchRequest forReader(org.bepart.language.Language reader) {
        if (!values(Facet.AVAILABLE).contains(Facet.AVAILABLE_YES)) {
            return this;
        }
        Map<Facet, Set<String>> copy = new EnumMap<>(filters);
        Set<String> languages = new java.util.HashSet<>(values(Facet.AVAILABLE));
        languages.remove(Facet.AVAILABLE_YES);
        languages.add(reader.tag());
        copy.put(Facet.AVAILABLE, languages);
        return new SearchRequest(text, copy, sort, page, pageSize);
    }

    public Set<String> values(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    public SearchSort effectiveSort() {
        return sort != null ? sort : hasText() ? SearchSort.RELEVANCE : SearchSort.NEWEST;
    }
}
