package org.bepart.media;

import org.bepart.abuse.BusyException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ServiceConfigurationError;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds the pictures this server decodes at once ({@value #PERMITS_KEY}, default {@value #DEFAULT_PERMITS}): a
 * decoded picture takes tens of megabytes of heap, whoever sent it. Others wait up to {@value #WAIT_KEY} seconds
 * (default {@value #DEFAULT_WAIT_SECONDS}), then are refused with {@link BusyException}. Per server, as the heap is.
 */
public final class DecodeGate {

    public static final String PERMITS_KEY = "bepart.media.parallel-decodes";
    public static final String WAIT_KEY = "bepart.media.decode-wait-seconds";
    static final int DEFAULT_PERMITS = 2;
    static final long DEFAULT_WAIT_SECONDS = 5;
    /** What a refused sender is told to wait. */
    static final long RETRY_AFTER_SECONDS = 30;

    private static final ThreadLocal<Boolean> HOLDING = new ThreadLocal<>();
    private static volatile DecodeGate shared;

    private final Semaphore permits;
    private final long waitMillis;

    DecodeGate(int permits, long waitMillis) {
        this.permits = new Semaphore(Math.max(1, permits), true);
        this.waitMillis = Math.max(0, waitMillis);
    }

    /** Runs {@code work} holding one of the server's permits (a thread that holds one already runs it at once). */
    public static <T> T run(Supplier<T> work) {
        return shared().enter(work);
    }

    <T> T enter(Supplier<T> work) {
        if (Boolean.TRUE.equals(HOLDING.get())) {
            return work.get();
        }
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusyException("no decoding permit free", RETRY_AFTER_SECONDS);
        }
        HOLDING.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            HOLDING.remove();
            permits.release();
        }
    }

    private static DecodeGate shared() {
        DecodeGate gate = shared;
        if (gate == null) {
            synchronized (DecodeGate.class) {
                if (shared == null) {
                    shared = new DecodeGate((int) setting(PERMITS_KEY, DEFAULT_PERMITS),
                            TimeUnit.SECONDS.toMillis(setting(WAIT_KEY, DEFAULT_WAIT_SECONDS)));
                }
                gate = shared;
            }
        }
        return gate;
    }

    /** A setting, or its default where there is no configuration at all (unit tests). */
    private static long setting(String key, long fallback) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(key, Long.class).orElse(fallback);
        } catch (IllegalStateException | ServiceConfigurationError e) {
            return fallback;
        }
    }
}
