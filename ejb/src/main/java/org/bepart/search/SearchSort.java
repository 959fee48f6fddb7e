package org.bepart.search;

import org.bepart.shared.Coded;

import java.util.Optional;

/** The orders the catalogue offers. */
public enum SearchSort implements Coded {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    TITLE("title"),
    /** Most replicated first, then newest. */
    REPLICATIONS("replications");

    private final String code;

    SearchSort(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<SearchSort> fromCode(String code) {
        return Coded.find(SearchSort.class, code);
    }
}
