package org.bepart.system;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Repeated requests for costly answers are served from what was worked out before: a whole export is kept per data
 * generation and copied, searches are exported afresh; the history lists its versions a page at a time.
 */
class CostBoundsIT {

    @Test
    void aWholeExportIsWorkedOutOnceAndThenCopied() {
        for (String path : new String[] {"/api/v1/initiatives/export.csv?lang=fr", "/api/v1/initiatives/export.json"}) {
            HttpResponse<String> first = Site.get(path);
            assertEquals(200, first.statusCode(), path);
            HttpResponse<String> second = Site.get(path);
            assertEquals(200, second.statusCode(), path);
            assertEquals("KEPT", second.headers().firstValue("X-Export").orElse(""), path + " copied");
            assertEquals(first.body(), second.body(), path + ": the same file");
            assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
            assertTrue(second.headers().firstValue("Content-Disposition").orElse("").contains("bepart-initiatives"));
        }
        HttpResponse<String> search = Site.get("/api/v1/initiatives/export.csv?country=AM");
        assertEquals(200, search.statusCode());
        assertEquals("SEARCH", search.headers().firstValue("X-Export").orElse(""), "a search is exported afresh");
    }

    @Test
    void theHistoryListsItsVersionsAPageAtATime() {
        assertEquals(200, Site.get("/initiatives/1/history?page=1&lang=en").statusCode());
        assertEquals(404, Site.get("/initiatives/1/history?page=99&lang=en").statusCode(), "no such page");
        assertEquals(404, Site.get("/initiatives/1/history?page=x&lang=en").statusCode());
    }
}
