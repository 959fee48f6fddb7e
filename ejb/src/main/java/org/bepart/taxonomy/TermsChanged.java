package org.bepart.taxonomy;

/**
 * Fired inside the transaction in which an administrator changed a managed list (names, order, retired or merged
 * terms): once committed, every server forgets its lists and the pages showing terms are stale.
 *
 * @param termId the term changed
 */
public record TermsChanged(long termId) {
}
