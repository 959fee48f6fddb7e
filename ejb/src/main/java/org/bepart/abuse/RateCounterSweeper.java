package org.bepart.abuse;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.bepart.platform.ClusterLocks;
import org.bepart.platform.Periodic;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Drops expired rate counters every five minutes, on one server of the cluster (the one holding the lease). */
@Singleton
@Startup
public class RateCounterSweeper {

    static final String LEASE = "rate-counter-sweep";
    private static final Logger LOG = Logger.getLogger(RateCounterSweeper.class.getName());

    @EJB
    private RateCounters counters;

    @EJB
    private ClusterLocks locks;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = Periodic.every(scheduler, Duration.ofMinutes(5), "Sweeping rate counters", this::sweep);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    void sweep() {
        try {
            if (locks.lease(LEASE, Duration.ofMinutes(4))) {
                counters.sweep();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Rate counters not swept (database out of reach?)", e);
        }
    }
}
