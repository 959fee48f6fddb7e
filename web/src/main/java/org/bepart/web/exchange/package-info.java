/**
 * The forms of peer exchange on an initiative's page, for signed-in people: mark it useful, link one's own
 * initiative as a replication of it, or take the link back. Plain POST forms outside Faces, so that the page stays
 * without a session for readers.
 */
package org.bepart.web.exchange;
