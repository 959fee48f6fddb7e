/**
 * A cache of rendered public pages for readers without a session: the catalogue, initiative pages, the map and the
 * statistics are rendered once per address and language until public content changes.
 */
package org.bepart.web.cache;
