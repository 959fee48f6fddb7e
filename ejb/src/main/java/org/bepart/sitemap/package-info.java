/**
 * What the sitemap lists besides initiatives: the public news items, events and contests, and the organisations that
 * have public initiatives (their pages), each with its last change.
 */
package org.bepart.sitemap;
