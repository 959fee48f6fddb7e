package org.bepart.newsletter;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.bepart.platform.BackgroundJob;
import org.bepart.platform.DatabaseOutage;
import org.bepart.platform.Periodic;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/**
 * The digests whose job runs on this server, and every minute the unfinished ones taken up again: after a stop, a
 * crash or a database outage, a digest goes on from its last recorded batch. Two jobs of one digest (on two servers)
 * take turns batch by batch on the digest's row lock, so no subscriber is mailed twice. On one server a digest's job
 * is a {@link BackgroundJob}, so it runs once at a time (kept once made: digests are few).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestRuns {

    private final Map<Long, BackgroundJob> jobs = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    @EJB
    private DigestWriter writer;

    @EJB
    private DigestJob job;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = Periodic.every(scheduler, Duration.ofMinutes(1), "Resuming digests", this::resumeUnfinished);
    }

    void resumeUnfinished() {
        try {
            for (long id : writer.unfinished()) {
                if (!jobOf(id).isRunning()) {
                    job.run(id);
                }
            }
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // the next minute looks again
        }
    }

    /** Runs {@code work} as the digest's job here, in this thread; false, doing nothing, when it runs already. */
    public boolean runOnce(long digestId, Runnable work) {
        return !stopping && jobOf(digestId).runOnce(work);
    }

    private BackgroundJob jobOf(long digestId) {
        return jobs.computeIfAbsent(digestId, id -> new BackgroundJob("Digest " + id));
    }

    /** True once the application is being stopped: jobs end after their current batch. */
    public boolean stopping() {
        return stopping;
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
        stopping = true;
    }
}
