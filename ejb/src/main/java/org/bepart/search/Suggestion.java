package org.bepart.search;

/** A title offered while the reader types. */
public record Suggestion(long id, String title) {
}
