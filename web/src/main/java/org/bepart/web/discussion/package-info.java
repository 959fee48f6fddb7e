/**
 * The questions and answers of an initiative's page, for signed-in people: ask or comment, reply, correct one's own
 * text. Plain POST forms outside Faces, so that the page stays without a session for readers, who see the posts.
 */
package org.bepart.web.discussion;
