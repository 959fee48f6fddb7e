package org.bepart.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Wakes the sender once a transaction that queued mail has committed, so mails leave within seconds. */
@ApplicationScoped
public class MailWakeUp {

    @EJB
    private MailSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        sender.wakeUp();
    }
}
