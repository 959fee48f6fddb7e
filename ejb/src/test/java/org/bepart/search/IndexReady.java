package org.bepart.search;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Waits for a running rebuild of the index (the start-up one, or one an earlier test asked for) to end: a rebuild
 * publishes the changes made meanwhile only at its end, so a test that searches right after a change waits first.
 */
public final class IndexReady {

    private IndexReady() {
    }

    public static void await(SearchIndex index) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (index.isRebuilding() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertFalse(index.isRebuilding(), "the rebuild of the index ends");
    }
}
