package org.bepart.media;

import org.bepart.abuse.BusyException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bound on pictures decoded at once. */
class DecodeGateTest {

    @Test
    void whenEveryPermitIsTakenOthersWaitThenHearTheServerIsBusy() throws Exception {
        DecodeGate gate = new DecodeGate(1, 200);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.enter(() -> {
            holding.countDown();
            await(release);
            return gate.enter(() -> "nested work runs at once");
        }));
        assertTrue(holding.await(5, TimeUnit.SECONDS));
        long start = System.nanoTime();
        BusyException busy = assertThrows(BusyException.class, () -> gate.enter(() -> "second"));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 150, "it waited first");
        assertEquals(503, busy.getStatus());
        assertEquals(DecodeGate.RETRY_AFTER_SECONDS, busy.getRetryAfterSeconds());
        assertEquals("limit.busy", busy.getMessageKey());
        release.countDown();
        assertEquals("nested work runs at once", first.get(5, TimeUnit.SECONDS));
        assertEquals("third", gate.enter(() -> "third"), "the permit came back");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
