/**
 * Writing to the contact persons of initiatives without seeing their addresses: the record of each relayed message
 * (when, to which side, from which client) that the rate limit counts; the message itself only goes out by mail.
 */
package org.bepart.contact;
