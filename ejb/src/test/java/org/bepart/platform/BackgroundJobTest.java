package org.bepart.platform;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundJobTest {

    private final BackgroundJob job = new BackgroundJob("test job");

    @Test
    void runOnceRefusesASecondRunWhileTheFirstRuns() {
        AtomicInteger runs = new AtomicInteger();
        boolean[] inner = new boolean[1];
        assertTrue(job.runOnce(() -> {
            runs.incrementAndGet();
            inner[0] = job.runOnce(runs::incrementAndGet);
        }));
        assertFalse(inner[0], "refused while running");
        assertEquals(1, runs.get());
        assertTrue(job.runOnce(runs::incrementAndGet), "runs again once the first is over");
        assertEquals(2, runs.get());
    }

    @Test
    void askingDuringARunMakesItRunOnceMoreNotTwice() {
        AtomicInteger runs = new AtomicInteger();
        job.runWhileAsked(() -> {
            if (runs.incrementAndGet() == 1) {
                job.runWhileAsked(() -> { throw new AssertionError("a second run at the same time"); });
                job.runWhileAsked(() -> { throw new AssertionError("a second run at the same time"); });
            }
        });
        assertEquals(2, runs.get(), "the first run, then one more for both requests made during it");
        assertFalse(job.isRunning());
    }

    @Test
    void progressIsVisibleWhileRunningAndTheLastRunIsRemembered() {
        assertNull(job.progress().lastCompleted());
        job.runOnce(() -> {
            job.total(4);
            job.done().addAndGet(3);
            JobProgress now = job.progress();
            assertTrue(now.running());
            assertEquals(3, now.done());
            assertEquals(4, now.total());
            assertEquals(75, now.percent());
            job.completed(4);
        });
        JobProgress after = job.progress();
        assertFalse(after.running());
        assertEquals(0, after.done(), "no progress when nothing runs");
        assertEquals(4, after.lastCount());
        assertNotNull(after.lastCompleted());
        assertEquals("test job", after.name());
    }

    @Test
    void aFailureIsThrownAndLeavesTheJobFree() {
        assertThrows(IllegalStateException.class, () -> job.runWhileAsked(() -> {
            throw new IllegalStateException("boom");
        }));
        assertFalse(job.isRunning());
        AtomicInteger runs = new AtomicInteger();
        job.runWhileAsked(runs::incrementAndGet);
        assertEquals(1, runs.get());
    }

    @Test
    void inTheBackgroundRequestsDuringARunAreServedByOneMoreRun() throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            AtomicInteger atOnce = new AtomicInteger();
            AtomicInteger mostAtOnce = new AtomicInteger();
            Runnable work = () -> {
                mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                try {
                    if (runs.incrementAndGet() == 1) {
                        started.countDown();
                        release.await(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    atOnce.decrementAndGet();
                }
            };
            job.runInBackground(executor, work);
            assertTrue(started.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 5; i++) {
                job.runInBackground(executor, work);
            }
            release.countDown();
            long until = System.currentTimeMillis() + 10_000;
            while (job.isRunning() && System.currentTimeMillis() < until) {
                Thread.sleep(10);
            }
            assertFalse(job.isRunning());
            assertEquals(2, runs.get(), "the first run and one more for the five requests made during it");
            assertEquals(1, mostAtOnce.get(), "never two runs at once");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFailureInTheBackgroundIsLoggedAndTheNextRequestRunsAgain() throws InterruptedException {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            job.runInBackground(executor, () -> {
                throw new IllegalStateException("boom");
            });
            CountDownLatch ran = new CountDownLatch(1);
            long until = System.currentTimeMillis() + 10_000;
            while (job.isRunning() && System.currentTimeMillis() < until) {
                Thread.sleep(10);
            }
            job.runInBackground(executor, ran::countDown);
            assertTrue(ran.await(10, TimeUnit.SECONDS));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void anExecutorThatRefusesLeavesTheJobFree() {
        assertThrows(java.util.concurrent.RejectedExecutionException.class, () -> job.runInBackground(work -> {
            throw new java.util.concurrent.RejectedExecutionException("shutting down");
        }, () -> { }));
        assertFalse(job.isRunning());
        AtomicInteger runs = new AtomicInteger();
        job.runInBackground(Runnable::run, runs::incrementAndGet);
        assertEquals(1, runs.get(), "the next request runs");
    }
}
