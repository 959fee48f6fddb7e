/**
 * Full-text search and facets over the public initiatives with Apache Lucene: each language analysed with its own
 * analyzer, accents and case ignored, one typo forgiven, prefixes matched as one types; kept in step with the
 * database and rebuilt from it when missing or stale.
 */
package org.bepart.search;
