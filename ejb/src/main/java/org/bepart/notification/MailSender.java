package org.bepart.notification;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Empties the outbox in the background: right after a transaction that queued mail commits, and every 15 seconds
 * for mails that wait for another attempt. One run at a time; a wake-up during a run makes it look again.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final int BATCH = 50;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @EJB
    private MailDelivery delivery;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void periodically() {
        sendDue();
    }

    @Asynchronous
    public void wakeUp() {
        sendDue();
    }

    /** Sends every mail that is due now. */
    public void sendDue() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                List<Long> due;
                do {
                    due = delivery.due(BATCH);
                    boolean progress = false;
                    for (Long id : due) {
                        progress |= delivery.deliver(id);
                    }
                    if (!progress) {
                        break;
                    }
                } while (due.size() == BATCH);
            } finally {
                running.set(false);
            }
        }
    }
}
