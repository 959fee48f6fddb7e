package org.bepart.platform;

import org.bepart.shared.Require;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A job of this server that runs one at a time, with its progress: run now unless it runs already
 * ({@link #runOnce}), run until nobody asked again meanwhile ({@link #runWhileAsked}), or the same in the background
 * ({@link #runInBackground}). Asking while it runs never starts a second run; it makes the running one go once more.
 * Work that must happen once per cluster takes a lease inside ({@link ClusterLocks}).
 */
public final class BackgroundJob {

    private static final Logger LOG = Logger.getLogger(BackgroundJob.class.getName());

    private final String name;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean asked = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile Instant lastCompleted;
    private volatile long lastCount;

    public BackgroundJob(String name) {
        this.name = Require.notBlank(name, "name");
    }

    /** Runs {@code work} in this thread; false, doing nothing, when it runs already. */
    public boolean runOnce(Runnable work) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            reset();
            work.run();
            return true;
        } finally {
            running.set(false);
        }
    }

    /**
     * Runs {@code work} in this thread, again as long as someone asked during a run; when it runs already (in another
     * thread), returns at once and that run goes once more. A failure ends the runs and is thrown.
     */
    public void runWhileAsked(Runnable work) {
        asked.set(true);
        while (asked.get() && running.compareAndSet(false, true)) {
            try {
                asked.set(false);
                reset();
                work.run();
            } finally {
                running.set(false);
            }
        }
    }

    /**
     * As {@link #runWhileAsked}, on {@code executor}; a failure is logged and ends the runs asked so far. When the
     * executor refuses the work (it is shutting down), that is thrown and the job is left free.
     */
    public void runInBackground(Executor executor, Runnable work) {
        asked.set(true);
        if (running.compareAndSet(false, true)) {
            try {
                execute(executor, work);
            } catch (RuntimeException refused) {
                running.set(false);
                throw refused;
            }
        }
    }

    private void execute(Executor executor, Runnable work) {
        executor.execute(() -> {
            try {
                while (asked.getAndSet(false)) {
                    reset();
                    work.run();
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> name + " failed: " + e);
            } finally {
                running.set(false);
            }
            if (asked.get()) {
                runInBackground(executor, work);
            }
        });
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Called by the work: how many items this run has to do. */
    public void total(long items) {
        total.set(items);
    }

    /** Called by the work: the counter of items done in this run. */
    public AtomicLong done() {
        return done;
    }

    /** Called by the work when a run has completed: when, and for how many items. */
    public void completed(long items) {
        lastCount = items;
        lastCompleted = Instant.now();
    }

    public JobProgress progress() {
        boolean now = running.get();
        return new JobProgress(name, now, now ? done.get() : 0, now ? total.get() : 0, lastCompleted, lastCount);
    }

    private void reset() {
        done.set(0);
        total.set(0);
    }
}
