package org.bepart.web.cache;

import org.bepart.platform.PublicPart;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CachedPagesTest {

    private static final Instant STORED = Instant.parse("2026-12-06T10:15:30.400Z");

    private static PageStore.Page page(String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        return new PageStore.Page(1, STORED, "text/html;charset=UTF-8", body, null, CachedPages.gzip(body),
                CachedPages.etag(body), List.of(Map.entry("Content-Security-Policy", "default-src 'self'")),
                "bepart");
    }

    @Test
    void gzipBytesDecodeToThePage() throws IOException {
        String html = "<!DOCTYPE html><html><body>" + "Բարի գալուստ, Добро пожаловать. ".repeat(200) + "</body></html>";
        PageStore.Page page = page(html);
        assertTrue(page.gzip().length < page.body().length / 4, "compressed: " + page.gzip().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzip()))) {
            assertArrayEquals(page.body(), in.readAllBytes());
        }
    }

    @Test
    void theValidatorFollowsTheBytes() {
        String a = CachedPages.etag("<p>a</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(a, CachedPages.etag("<p>a</p>".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(a, CachedPages.etag("<p>b</p>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(a.matches("\"[A-Za-z0-9_-]{22}\""), a);
    }

    @Test
    void aClientWithTheCurrentCopyIsToldNotModified() {
        PageStore.Page page = page("<p>current</p>");
        String tag = page.etag();
        String gzipTag = tag.substring(0, tag.length() - 1) + "-gz\"";
        assertTrue(CachedPages.notModified(tag, -1, page));
        assertTrue(CachedPages.notModified(gzipTag, -1, page), "the gzip copy is the same page");
        assertTrue(CachedPages.notModified("\"old\", W/" + tag, -1, page));
        assertTrue(CachedPages.notModified("*", -1, page));
        assertFalse(CachedPages.notModified("\"old\"", -1, page));
        assertFalse(CachedPages.notModified("\"old\"", STORED.plusSeconds(60).toEpochMilli(), page),
                "If-None-Match decides when both are sent");
        assertTrue(CachedPages.notModified(null, STORED.toEpochMilli() / 1000 * 1000, page), "same second");
        assertFalse(CachedPages.notModified(null, STORED.minusSeconds(1).toEpochMilli(), page));
        assertFalse(CachedPages.notModified(null, -1, page));
        assertFalse(CachedPages.notModified("x".repeat(3000), -1, page));
    }

    @Test
    void gzipGoesOnlyToClientsThatTakeIt() {
        assertTrue(CachedPages.acceptsGzip("gzip, deflate, br"));
        assertTrue(CachedPages.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(CachedPages.acceptsGzip("*"));
        assertFalse(CachedPages.acceptsGzip("gzip;q=0"));
        assertFalse(CachedPages.acceptsGzip("gzip; q=0.000"));
        assertFalse(CachedPages.acceptsGzip("identity"));
        assertFalse(CachedPages.acceptsGzip(null));
        assertFalse(CachedPages.acceptsGzip("gzip," + " ".repeat(600)));
    }

    @Test
    void onlyPagesAndFeedsAreKept() {
        assertTrue(CachedPages.keepsType("text/html;charset=UTF-8"));
        assertTrue(CachedPages.keepsType("application/rss+xml; charset=UTF-8"));
        assertTrue(CachedPages.keepsType("application/xml"));
        assertFalse(CachedPages.keepsType("text/calendar"));
        assertFalse(CachedPages.keepsType("application/json"));
        assertFalse(CachedPages.keepsType(null));
    }

    @Test
    void surrogateKeysNameWhatThePageShows() {
        PageAddress home = new PageAddress("/", Map.of(), Set.of(PublicPart.NEWS, PublicPart.INITIATIVES));
        assertEquals("bepart bepart-initiatives bepart-news bepart-path:/", CachedPages.surrogateKeys(home));
        assertEquals("bepart bepart-path:/about", CachedPages.surrogateKeys(new PageAddress("/about", Map.of(),
                Set.of())));
    }
}
