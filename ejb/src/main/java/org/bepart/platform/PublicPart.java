package org.bepart.platform;

/**
 * The kinds of public content that change on their own: a cached page is stale when a part it shows changed
 * ({@link PublicContent}).
 */
public enum PublicPart {
    /** Initiatives, with their organisations, history and statistics. */
    INITIATIVES,
    /** News items. */
    NEWS,
    /** Events. */
    EVENTS,
    /** Contests and their approved entries and winners. */
    CONTESTS,
    /** Organisations' own details shown in the directory and on their pages (e.g. the "verified" badge). */
    ORGANISATIONS
}
