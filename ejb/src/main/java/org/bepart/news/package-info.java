/**
 * The news portal's services: what readers see ({@link org.bepart.news.NewsService}, also the feeds and the home
 * page), what editors do ({@link org.bepart.news.NewsEditorService}, every action in the audit trail), the HTML policy
 * of news bodies and the processing of uploaded images.
 */
package org.bepart.news;
