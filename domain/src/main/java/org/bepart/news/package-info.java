/**
 * The institution's news portal: news items and announcements in one or more languages, their publication schedule,
 * the editors' image library and the audit trail of what editors did.
 */
package org.bepart.news;
