package org.bepart.web.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Rendered pages by key, least recently used first out once their bytes pass a budget. A page is served only while
 * it belongs to the current content generation and is younger than the time to live.
 */
final class PageStore {

    /**
     * One rendered page: its bytes as rendered and gzipped (null when not worth it), a strong validator of its
     * content, the headers it was rendered with, and the surrogate keys a proxy in front may purge it by;
     * {@code nonce} is the one its scripts carry (null for none), sent again in its policy.
     */
    record Page(long generation, Instant storedAt, String contentType, byte[] body, String nonce, byte[] gzip,
                String etag, List<Map.Entry<String, String>> headers, String surrogateKeys) {

        /** A page with nothing but its bytes. */
        Page(long generation, Instant storedAt, String contentType, byte[] body, String nonce) {
            this(generation, storedAt, contentType, body, nonce, null, null, List.of(), "");
        }

        /** Bytes kept for it. */
        long size() {
            return body.length + (gzip == null ? 0 : gzip.length);
        }
    }

    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private final ReentrantLock lock = new ReentrantLock();
    private final long maxBytes;
    private final Duration timeToLive;
    private long bytes;

    PageStore(long maxBytes, Duration timeToLive) {
        this.maxBytes = maxBytes;
        this.timeToLive = timeToLive;
    }

    /** The page stored under {@code key} if it is still good for {@code generation} at {@code now}. */
    Page get(String key, long generation, Instant now) {
        Page page = stale(key);
        return page != null && page.generation() == generation && now.isBefore(page.storedAt().plus(timeToLive))
                ? page : null;
    }

    /**
     * The page stored under {@code key}, however old: what readers get while the page cannot be rendered afresh
     * (the database is out of reach). Old pages leave the store as the least recently used, or when replaced.
     */
    Page stale(String key) {
        lock.lock();
        try {
            return pages.get(key);
        } finally {
            lock.unlock();
        }
    }

    void put(String key, Page page) {
        if (page.size() > maxBytes / 16) {
            return;
        }
        lock.lock();
        try {
            remove(key);
            pages.put(key, page);
            bytes += page.size();
            Iterator<Map.Entry<String, Page>> oldest = pages.entrySet().iterator();
            while (bytes > maxBytes && oldest.hasNext()) {
                bytes -= oldest.next().getValue().size();
                oldest.remove();
            }
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return pages.size();
        } finally {
            lock.unlock();
        }
    }

    long bytes() {
        lock.lock();
        try {
            return bytes;
        } finally {
            lock.unlock();
        }
    }

    private void remove(String key) {
        Page old = pages.remove(key);
        if (old != null) {
            bytes -= old.size();
        }
    }
}
