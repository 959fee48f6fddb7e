package org.bepart.news;

/**
 * Where a news item stands. A scheduled item becomes published by itself when its publication time comes: readers
 * see it from then on, without anybody acting ({@link NewsItem#statusAt}).
 */
public enum NewsStatus {
    /** Being written; only editors see it. */
    DRAFT,
    /** To be published at its publication time. */
    SCHEDULED,
    /** Visible to everybody. */
    PUBLISHED,
    /** Taken down after publication; only editors see it. */
    UNPUBLISHED
}
