package org.bepart.search;

import java.util.Arrays;
import java.util.Optional;

/** The orders the catalogue offers. */
public enum SearchSort {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    TITLE("title");

    private final String code;

    SearchSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SearchSort> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
