package org.bepart.search;

/** An initiative on the map: its id, title in the reader's language, and place. */
public record MapPoint(long id, String title, double latitude, double longitude) {
}
