package org.bepart.web.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageStoreTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private static PageStore.Page page(long generation, int size) {
        return new PageStore.Page(generation, NOW, "text/html;charset=UTF-8", new byte[size], null);
    }

    @Test
    void aPageIsServedOnlyForItsGenerationAndWithinItsTimeToLive() {
        PageStore store = new PageStore(1_000_000, Duration.ofMinutes(5));
        store.put("en /initiatives", page(7, 100));
        assertNotNull(store.get("en /initiatives", 7, NOW.plusSeconds(299)));
        assertNull(store.get("en /initiatives", 7, NOW.plusSeconds(300)), "expired");
        store.put("en /initiatives", page(7, 100));
        assertNull(store.get("en /initiatives", 8, NOW), "content changed since");
    }

    @Test
    void anOutdatedPageStaysForTimesWhenNoFreshOneCanBeRendered() {
        PageStore store = new PageStore(1_000_000, Duration.ofMinutes(5));
        store.put("en /initiatives", page(7, 100));
        assertNull(store.get("en /initiatives", 8, NOW.plusSeconds(3600)));
        assertNotNull(store.stale("en /initiatives"), "kept while nothing replaces it");
        assertEquals(100, store.bytes());
        assertNull(store.stale("en /map"));
    }

    @Test
    void theLeastRecentlyUsedPagesLeaveWhenTheBudgetIsFull() {
        PageStore store = new PageStore(16_000, Duration.ofMinutes(5));
        store.put("a", page(1, 900));
        store.put("b", page(1, 900));
        store.get("a", 1, NOW);
        for (int i = 0; i < 16; i++) {
            store.put("filler" + i, page(1, 900));
        }
        assertNotNull(store.get("filler15", 1, NOW));
        assertNull(store.get("b", 1, NOW), "least recently used left first");
        assertEquals(true, store.bytes() <= 16_000);
    }

    @Test
    void pagesTooBigForTheBudgetAreNotKept() {
        PageStore store = new PageStore(16_000, Duration.ofMinutes(5));
        store.put("huge", page(1, 1001));
        assertNull(store.get("huge", 1, NOW));
    }

    @Test
    void replacingAPageCountsItsBytesOnce() {
        PageStore store = new PageStore(16_000, Duration.ofMinutes(5));
        store.put("a", page(1, 500));
        store.put("a", page(1, 700));
        assertEquals(700, store.bytes());
    }
}
