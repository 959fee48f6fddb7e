package org.bepart.notification;

/** CDI event: a mail was put into the outbox; after the transaction commits the sender is woken up. */
public record MailQueued(long mailId) {
}
