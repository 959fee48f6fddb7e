/**
 * The cache of rendered public pages for readers without a session: every public page type (home, catalogue,
 * initiative, organisation, news, events, contests, statistics, map, about, codebook, feeds, sitemap) is rendered
 * once per address and language, kept with its headers and gzipped, and answered by the first filter of a request
 * ({@link org.bepart.web.cache.CacheHits}) until what it shows changes ({@link org.bepart.platform.PublicPart}).
 */
package org.bepart.web.cache;
