package org.bepart.platform;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background work on the server's managed scheduler rather than EJB timers ({@code @Schedule}), which Payara cannot
 * deploy to a deployment group. A failed run is logged and the next one runs as planned. Each server runs its own
 * schedules; work that must happen once per cluster takes a lease ({@link ClusterLocks#lease}) or claims its rows.
 */
public final class Periodic {

    private static final Logger LOG = Logger.getLogger(Periodic.class.getName());

    private Periodic() {
    }

    /** Runs {@code task} every {@code period}, the first time after one period. */
    public static ScheduledFuture<?> every(ManagedScheduledExecutorService scheduler, Duration period, String name,
                                           Runnable task) {
        return scheduler.scheduleWithFixedDelay(guarded(name, task), period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} every day at {@code time} of the server's time zone. */
    public static ScheduledFuture<?> dailyAt(ManagedScheduledExecutorService scheduler, LocalTime time, String name,
                                             Runnable task) {
        ZonedDateTime now = ZonedDateTime.now();
        ZonedDateTime next = now.with(time);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return scheduler.scheduleAtFixedRate(guarded(name, task), Duration.between(now, next).toMillis(),
                Duration.ofDays(1).toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Runnable guarded(String name, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(DatabaseOutage.isCause(e) ? Level.FINE : Level.WARNING,
                        name + " failed; it runs again as planned", e);
            }
        };
    }
}
