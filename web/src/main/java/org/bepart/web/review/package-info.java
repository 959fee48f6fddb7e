/**
 * The review back office: its home (/admin), the queue (/admin/queue) and the review screen (/admin/review?id=).
 * Only reviewers and administrators reach it (web.xml); the services check the same rules again.
 */
package org.bepart.web.review;
