/**
 * What the platform tells people: notifications in the in-app list (with an unread count) and the outbox of e-mails,
 * written in the recipient's language and sent in the background through the deployer's mail session.
 */
package org.bepart.notification;
