package org.bepart.importing;

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
 * The imports whose job runs on this server, and every minute the unfinished ones taken up again: after a stop, a
 * crash or a database outage an import goes on from its last recorded batch. Two servers running one import take
 * turns batch by batch on the import's row lock, so no row is imported twice. On one server an import's job is a
 * {@link BackgroundJob}: it runs once at a time.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRuns {

    private final Map<Long, BackgroundJob> jobs = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    @EJB
    private ImportWriter writer;

    @EJB
    private ImportJob job;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = Periodic.every(scheduler, Duration.ofMinutes(1), "Resuming imports", this::resumeUnfinished);
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

    /** Runs {@code work} as the import's job here, in this thread; false, doing nothing, when it runs already. */
    public boolean runOnce(long importId, Runnable work) {
        return !stopping && jobOf(importId).runOnce(work);
    }

    /** The job of an import on this server (for its counters). */
    public BackgroundJob jobOf(long importId) {
        return jobs.computeIfAbsent(importId, id -> new BackgroundJob("Import " + id));
    }

    /** True once the application is being stopped: imports end after their current batch. */
    public boolean stopping() {
        return stopping;
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
        stopping = true;
    }
}
