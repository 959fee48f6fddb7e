package org.bepart.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.bepart.platform.BackgroundJob;
import org.bepart.platform.DatabaseOutage;
import org.bepart.platform.Periodic;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;

/**
 * Empties the outbox in the background: right after a transaction that queued mail commits, and every 15 seconds
 * for mails that wait for another attempt. One run at a time; a wake-up during a run makes it look again. Each mail
 * is claimed before it is sent, so two senders never send the same mail. While the database is out of reach the
 * sender waits; how a mail it had already handed to the mail server ended is recorded once the database is back.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final int BATCH = 50;
    /** Metrics: mails handed to the mail server, and attempts the mail server refused (each retried later). */
    public static final String SENT = "bepart.mail.sent";
    public static final String FAILED = "bepart.mail.failures";
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    private final BackgroundJob sending = new BackgroundJob("Sending the outbox");
    /** Outcomes not recorded yet because the database was out of reach. */
    private final Queue<MailDelivery.Outcome> unsettled = new ConcurrentLinkedQueue<>();
    private volatile boolean waitingForDatabase;

    @EJB
    private MailDelivery delivery;

    @Inject
    private MetricRegistry metrics;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = Periodic.every(scheduler, Duration.ofSeconds(15), "Sending the outbox", this::sendDue);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    @Asynchronous
    public void wakeUp() {
        sendDue();
    }

    /** Sends every mail that is due now. */
    public void sendDue() {
        try {
            sending.runWhileAsked(this::sendAll);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            if (!waitingForDatabase) {
                waitingForDatabase = true;
                LOG.warning("Database out of reach: mails wait in the outbox until it returns (" + e + ")");
            }
        }
    }

    private void sendAll() {
        settleEarlierOutcomes();
        sendBatches();
        if (waitingForDatabase) {
            waitingForDatabase = false;
            LOG.info("Database reachable again: the outbox is being sent");
        }
    }

    private void sendBatches() {
        List<Long> due;
        do {
            due = delivery.due(BATCH);
            boolean progress = false;
            for (Long id : due) {
                Optional<MailDelivery.Claimed> claimed = delivery.claim(id);
                if (claimed.isPresent()) {
                    MailDelivery.Outcome outcome = delivery.send(claimed.get());
                    metrics.counter(outcome.sent() ? SENT : FAILED).inc();
                    settle(outcome);
                    progress |= outcome.sent();
                }
            }
            if (!progress) {
                break;
            }
        } while (due.size() == BATCH);
    }

    private void settle(MailDelivery.Outcome outcome) {
        try {
            delivery.settle(outcome);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                unsettled.add(outcome); // the claim keeps other senders off it meanwhile
            }
            throw e;
        }
    }

    private void settleEarlierOutcomes() {
        MailDelivery.Outcome outcome;
        while ((outcome = unsettled.peek()) != null) {
            delivery.settle(outcome);
            unsettled.remove();
        }
    }
}
