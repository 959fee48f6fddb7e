/**
 * The news portal's pages: the public list {@code /news}, item pages {@code /news/{id}/{slug}}, RSS and Atom feeds,
 * library images, the home page's news, and the editors' back office under {@code /admin/news}.
 */
package org.bepart.web.news;
