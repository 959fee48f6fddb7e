/**
 * Telling people: the outbox of e-mails (written in the transaction of their cause, sent in the background through
 * the deployer's mail session {@code mail/bepart}), in-app notifications with their unread count, and the observers
 * that write both when an initiative changes status or gains a partner.
 */
package org.bepart.notification;
