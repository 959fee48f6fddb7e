package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every public page type from the page cache (issue 13): a second reader gets the page from the cache, {@code 304}
 * for a current copy, gzip bytes that decode to the page; a change of news or of a contest refreshes the pages that
 * show it and leaves the others cached; a signed-in person never gets a cached page.
 */
class PageCacheIT {

    private static final String MARK = UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static Browser editor;

    @BeforeAll
    static void signIn() {
        editor = new Browser("en");
        editor.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
    }

    @AfterAll
    static void close() {
        editor.close();
    }

    private static HttpResponse<byte[]> bytes(String path, String... headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Site.BASE + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String cache(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache").orElse("");
    }

    /** The first number in {@code html} after {@code prefix} in a link. */
    private static String first(String html, String prefix) {
        Matcher matcher = Pattern.compile("href=\"" + Pattern.quote(prefix) + "([0-9]+)").matcher(html);
        assertTrue(matcher.find(), "a link to " + prefix + " in the page");
        return matcher.group(1);
    }

    /** One address of each public page type. */
    static Map<String, String> everyPageType() throws java.sql.SQLException {
        long organisation = SecurityHeadersIT.organisation();
        String initiative = first(Site.get("/initiatives?lang=en").body(), "/initiatives/");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/?lang=hy");
        pages.put("catalogue", "/initiatives?q=budget&stage=decision&lang=en");
        pages.put("initiative", "/initiatives/" + initiative + "?lang=fr");
        pages.put("history", "/initiatives/" + initiative + "/history?lang=en");
        pages.put("organisation", "/organisations/" + organisation + "?lang=ru");
        pages.put("organisations", "/organisations?country=AM&lang=en");
        pages.put("news", "/news?lang=en");
        pages.put("news item", "/news/" + first(Site.get("/news?lang=en").body(), "/news/") + "?lang=en");
        pages.put("events", "/events?lang=ru");
        pages.put("event", "/events/" + first(Site.get("/events?lang=en").body(), "/events/") + "?lang=en");
        pages.put("contests", "/contests?lang=en");
        pages.put("contest", "/contests/" + first(Site.get("/contests?lang=en").body(), "/contests/") + "?lang=hy");
        pages.put("statistics", "/statistics?lang=en");
        pages.put("map", "/map?lang=fr");
        pages.put("about", "/about?lang=en");
        pages.put("codebook", "/codebook?lang=en");
        pages.put("feed", "/news/feed.rss?lang=en");
        pages.put("sitemap", "/sitemap.xml");
        return pages;
    }

    @Test
    void everyPublicPageTypeComesFromTheCacheToASecondReader() throws Exception {
        for (Map.Entry<String, String> page : everyPageType().entrySet()) {
            HttpResponse<byte[]> first = bytes(page.getValue());
            assertEquals(200, first.statusCode(), page.getKey());
            HttpResponse<byte[]> second = bytes(page.getValue());
            assertEquals("HIT", cache(second), page.getKey() + " from the cache");
            assertArrayEquals(first.body(), second.body(), page.getKey() + ": the same bytes");
            assertEquals("0", second.headers().firstValue("X-SQL-Statements").orElse(""), page.getKey());
            assertEquals("host", second.headers().firstValue("X-Cache-Step").orElse(""),
                    page.getKey() + ": answered by the virtual server, before the application's pipeline");
            assertTrue(second.headers().firstValue("Cache-Control").orElse("").contains("s-maxage="), page.getKey());
            assertTrue(second.headers().firstValue("Surrogate-Key").orElse("").startsWith("bepart"), page.getKey());
            assertFalse(second.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                    page.getKey() + ": no session");
        }
    }

    /** The address is read before the container's filters: its words must be decoded as the page decodes them. */
    @Test
    void wordsInArmenianAreReadAlikeWhenRenderedAndWhenAnsweredFromTheCache() throws Exception {
        String words = "բյուջե " + MARK;
        String path = "/initiatives?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8)
                + "&lang=hy";
        HttpResponse<byte[]> first = bytes(path);
        HttpResponse<byte[]> second = bytes(path);
        assertEquals("MISS", cache(first));
        assertEquals("HIT", cache(second));
        String html = new String(second.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("value=\"" + words + "\""), "the words as typed in the search box");
        assertArrayEquals(first.body(), second.body());
    }

    @Test
    void aCurrentCopyIsAnsweredNotModifiedAndGzipDecodesToThePage() throws Exception {
        String path = "/news?lang=fr";
        bytes(path);
        HttpResponse<byte[]> plain = bytes(path);
        assertEquals("HIT", cache(plain));
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = bytes(path, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        HttpResponse<byte[]> since = bytes(path, "If-Modified-Since",
                plain.headers().firstValue("Last-Modified").orElseThrow());
        assertEquals(304, since.statusCode());
        assertEquals(200, bytes(path, "If-None-Match", "\"something-else\"").statusCode());

        HttpResponse<byte[]> zipped = bytes(path, "Accept-Encoding", "gzip");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(zipped.body().length < plain.body().length / 3, zipped.body().length + " bytes gzipped");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes(), "gzip decodes to the same page");
        }
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertFalse(zippedTag.equals(etag), "each encoding has its own validator");
        assertEquals(304, bytes(path, "If-None-Match", zippedTag, "Accept-Encoding", "gzip").statusCode());
        assertTrue(zipped.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")));
    }

    @Test
    void aChangeRefreshesThePagesThatShowItAndNoOthers() throws Exception {
        Map<String, String> pages = everyPageType();
        for (String path : pages.values()) {
            bytes(path);
            assertEquals("HIT", cache(bytes(path)), path);
        }
        // An editor publishes a news item.
        String title = "Cache check " + MARK;
        editor.open("/admin/news/edit?lang=en");
        new Select(editor.labelled("Category")).selectByVisibleText("Announcement");
        editor.fill("Title", title);
        editor.fill("Teaser", "A news item that pages must show at once.");
        WebElement body = editor.find(By.cssSelector(".ui-texteditor .ql-editor"));
        body.click();
        body.sendKeys("Lanterns on the square.");
        editor.follow(editor.action("Publish now"));
        assertTrue(editor.text().contains("published"), editor.text());

        for (String kind : List.of("home", "news", "feed", "sitemap")) {
            HttpResponse<byte[]> page = bytes(pages.get(kind));
            assertEquals("MISS", cache(page), kind + " shows news: rendered again");
        }
        assertTrue(new String(bytes(pages.get("news")).body(), StandardCharsets.UTF_8).contains(title));
        for (String kind : List.of("catalogue", "initiative", "history", "organisation", "contests", "contest",
                "statistics", "map", "about", "codebook")) {
            assertEquals("HIT", cache(bytes(pages.get(kind))), kind + " shows no news: still cached");
        }

        // A signed-in person never gets a cached page.
        Cookie session = editor.driver.manage().getCookieNamed("JSESSIONID");
        for (String kind : List.of("home", "news", "initiative", "contests")) {
            HttpResponse<byte[]> page = bytes(pages.get(kind), "Cookie", "JSESSIONID=" + session.getValue());
            assertEquals("", cache(page), kind + " for a signed-in person");
        }
    }

    /**
     * A news item scheduled for a time to come (written into the database here, so that nothing but the server's
     * periodic look for content whose time came can tell the caches) reaches the cached list when its time comes.
     */
    @Test
    void aScheduledNewsItemReachesTheCachedPagesWhenItsTimeComes() throws Exception {
        String title = "Timed " + MARK;
        bytes("/news?lang=en");
        assertEquals("HIT", cache(bytes("/news?lang=en")));
        long id = 900_000_000L + (System.nanoTime() & 0xFFFFF);
        try (Connection db = DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user", "bepart"), System.getProperty("bepart.it.db.password",
                        "bepart"));
             PreparedStatement item = db.prepareStatement("INSERT INTO news_item (id, version, category, status,"
                     + " original_language, pinned, publish_at, author_name, created_at, updated_at) VALUES"
                     + " (?, 0, 'NEWS', 'SCHEDULED', 'EN', FALSE, NOW() + INTERVAL '4 seconds', 'Editor', NOW(),"
                     + " NOW())");
             PreparedStatement text = db.prepareStatement("INSERT INTO news_text (news_id, language, title, teaser,"
                     + " body) VALUES (?, 'EN', ?, 'Published by the clock.', '<p>On time.</p>')")) {
            item.setLong(1, id);
            item.executeUpdate();
            text.setLong(1, id);
            text.setString(2, title);
            text.executeUpdate();
        }
        HttpResponse<byte[]> before = bytes("/news?lang=en");
        assertEquals("HIT", cache(before), "nothing told the cache yet");
        assertFalse(new String(before.body(), StandardCharsets.UTF_8).contains(title));
        long until = System.currentTimeMillis() + 60_000;
        boolean shown = false;
        while (!shown && System.currentTimeMillis() < until) {
            Thread.sleep(1000);
            shown = new String(bytes("/news?lang=en").body(), StandardCharsets.UTF_8).contains(title);
        }
        assertTrue(shown, "the scheduled item on the cached list within a minute of its time");
        assertEquals("HIT", cache(bytes("/news?lang=en")), "and cached again");
    }

    /**
     * A change of each kind, logged as another server of a cluster logs it, refreshes exactly the pages that show
     * that kind of content; the others stay cached. The initiatives' kinds come last: re-indexing an initiative may
     * log further changes of initiatives in the background.
     */
    @Test
    void eachKindOfChangeRefreshesExactlyThePagesThatShowIt() throws Exception {
        Set<String> initiatives = Set.of("home", "catalogue", "initiative", "history", "organisation", "organisations",
                "statistics", "map", "sitemap");
        Map<String, Set<String>> shows = new LinkedHashMap<>();
        shows.put("NEWS", Set.of("home", "news", "news item", "event", "feed", "sitemap"));
        shows.put("EVENT", Set.of("home", "news item", "events", "event", "sitemap"));
        shows.put("CONTEST", Set.of("home", "contests", "contest", "sitemap"));
        shows.put("ORGANISATION", Set.of("home", "organisation", "organisations", "sitemap"));
        shows.put("TAXONOMY", initiatives);
        shows.put("INITIATIVE", initiatives);
        Map<String, String> pages = everyPageType();
        long initiative = Long.parseLong(pages.get("initiative").replaceAll("^/initiatives/([0-9]+).*$", "$1"));
        for (Map.Entry<String, Set<String>> kind : shows.entrySet()) {
            for (String path : pages.values()) {
                bytes(path);
            }
            for (Map.Entry<String, String> page : pages.entrySet()) {
                assertEquals("HIT", cache(bytes(page.getValue())), page.getKey() + " cached before " + kind.getKey());
            }
            try (Connection db = DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                    System.getProperty("bepart.it.db.user", "bepart"),
                    System.getProperty("bepart.it.db.password", "bepart"));
                 PreparedStatement change = db.prepareStatement("INSERT INTO content_change (kind, entity_id,"
                         + " changed_at) VALUES (?, ?, NOW())")) {
                change.setString(1, kind.getKey());
                change.setLong(2, initiative);
                change.executeUpdate();
            }
            // Every kind shows on the home page: once it is rendered again, the change has been applied.
            long until = System.currentTimeMillis() + 30_000;
            while (!"MISS".equals(cache(bytes(pages.get("home"))))) {
                assertTrue(System.currentTimeMillis() < until, kind.getKey() + " applied within 30 s");
                Thread.sleep(200);
            }
            for (Map.Entry<String, String> page : pages.entrySet()) {
                if (!page.getKey().equals("home")) {
                    boolean shown = kind.getValue().contains(page.getKey());
                    assertEquals(shown ? "MISS" : "HIT", cache(bytes(page.getValue())),
                            page.getKey() + (shown ? " shows " : " does not show ") + kind.getKey());
                }
            }
        }
    }
}
