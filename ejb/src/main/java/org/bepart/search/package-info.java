/**
 * Full-text search and facets over the public initiatives with Apache Lucene: each language analysed with its own
 * analyzer, accents and case ignored, one typo forgiven, prefixes matched as one types; kept in step with the
 * database and rebuilt from it when missing or stale. {@link org.bepart.search.SearchIndex} is what callers use; it
 * delegates the index's life, its documents, searching, writing and the related lists to classes of their own.
 */
package org.bepart.search;
