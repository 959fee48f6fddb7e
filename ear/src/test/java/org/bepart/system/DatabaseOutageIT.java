package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL stopped under the running platform and started again, as a routine restart, failover or host reboot
 * does: while it is down, pages that need it answer a translated 503 with Retry-After at once, cached pages are still
 * served, readiness is DOWN, a write is refused with "not saved, try again" and a form keeps what was typed; once it
 * is back, every page type works again within 30 seconds without a restart, and the mails that waited in the outbox
 * leave once each.
 */
class DatabaseOutageIT {

    private static final long RUN = System.currentTimeMillis();
    private static boolean stopped;

    @AfterAll
    static void databaseRunsAgain() {
        if (stopped) {

        Database.start();
        }
    }

    @Test
    void theSiteSaysSoWhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        Map<String, String> pages = everyPageType();
        List<String> cached = List.of("/initiatives", "/initiatives/1", "/", "/news", "/events", "/contests",
                "/about");
        for (String path : cached) {
        Site.get(path);
        assertEquals("HIT", Site.get(path).headers().firstValue("X-Cache").orElse(""), path + " cached");
        }
        // No mail server yet: the confirmations' first attempt fails, so they wait in the outbox through the outage.
        List<String> subscribers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
        String email = "outage-" + RUN + "-" + i + "@example.org";
        assertEquals(303, subscribe(email).statusCode());
        subscribers.add(email);
        }

        try (Browser browser = new Browser("en")) {
        browser.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
        browser.open("/account/profile?lang=en");
        String name = browser.labelled("Your name").getAttribute("value");

        String session = Site.freshSession();
        Database.stop();
        stopped = true;
        // The mail server comes up with the outage: no attempt after the first fails for want of it.
        try (Mailbox mailbox = new Mailbox()) {
            duringAndAfterTheOutage(browser, name, pages, cached, subscribers, mailbox, session);
        }
        }
    }

    private static void duringAndAfterTheOutage(Browser browser, String name, Map<String, String> pages,
        List<String> cached, List<String> subscribers, Mailbox mailbox, String session) throws Exception {
        // Asked with a session, which the page cache passes by: each page is rendered and needs the database.
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (page.getValue().equals("database")) {
                assertUnavailable(page.getKey(), session);
            }
        }
        HttpResponse<String> french = timed("/news", "Accept-Language", "fr", "Cookie", session);
        assertTrue(french.body().contains("Momentanément indisponible"), french.body());
        for (String path : cached) {
        HttpResponse<String> response = Site.get(path);
        assertEquals(200, response.statusCode(), path + " served from the cache");
        }
        HttpResponse<String> ready = Site.get("/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"DOWN\""), ready.body());

        String refused = "outage-" + RUN + "-refused@example.org";
        HttpResponse<String> write = Site.post("/newsletter/subscribe", "email=" + refused + "&language=en",
            "Accept-Language", "en", "Origin", Site.BASE);
        assertEquals(503, write.statusCode());
        assertTrue(write.headers().firstValue("Retry-After").isPresent());
        assertTrue(write.body().contains("not saved"), write.body());

        browser.fill("Your name", name + " (outage)");
        browser.follow(browser.action("Save"));
        assertTrue(browser.text().contains("nothing was saved"), browser.text());
        assertEquals(name + " (outage)", browser.labelled("Your name").getAttribute("value"),
                "what was typed is still in the form");

        Database.start();
        stopped = false;
        long back = System.nanoTime();
        for (String path : pages.keySet()) {
            awaitOk(path, back);
        }
        assertEquals(200, Site.get("/health/ready").statusCode());

        browser.follow(browser.action("Save"));
        browser.open("/account/profile?lang=en"); // saving switched to the account's own language
        assertEquals(name + " (outage)", browser.labelled("Your name").getAttribute("value"),
                "saved once the database was back");
        browser.fill("Your name", name);
        browser.follow(browser.action("Save"));

        // A retry that fell due before the outage failed once more and waits two minutes.
        for (String email : subscribers) {
            assertTrue(mailbox.receives(email, "/newsletter/confirm?token=", Duration.ofMinutes(3)),
                    "the confirmation that waited in the outbox reached " + email);
        }
        // once the outbox holds nothing more for them, a second copy of a mail would have arrived
        TestOutbox.awaitHandedOver(subscribers, Duration.ofMinutes(4));
        for (String email : subscribers) {
            assertEquals(1, mailbox.count(email), "mails to " + email);
        }
        assertEquals(0, mailbox.count(refused), "the subscription refused during the outage was not kept");
    }

    /**
     * A page of every type, found through the site's own links, and whether it needs the database when it is not in
     * the page cache ("database"), or can do with the search index and the texts ("index", e.g. the catalogue).
     */
    private static Map<String, String> everyPageType() {
        Map<String, String> pages = new LinkedHashMap<>();
        List<Map<String, Object>> demo = Site.demo();
        int last = demo.size();
        while (!Site.isPublic(demo.get(last - 1))) {
            last--;
        }
        pages.put("/", "database");
        pages.put("/initiatives/" + last, "database");
        pages.put("/initiatives/" + last + "/history", "database");
        first("/initiatives/2", "/organisations/\\d+").ifPresent(page -> pages.put(page, "database"));
        pages.put("/news", "database");
        pages.put(first("/news", "/news/\\d+").orElseThrow(), "database");
        pages.put("/events", "database");
        pages.put(first("/events", "/events/\\d+").orElseThrow(), "database");
        pages.put("/contests", "database");
        pages.put(first("/contests", "/contests/\\d+").orElseThrow(), "database");
        pages.put("/api/v1/initiatives?size=5", "database");
        pages.put("/news/feed.rss", "database");
        pages.put("/events/feed.ics", "database");
        pages.put("/sitemap.xml", "database");
        pages.put("/initiatives?q=outage" + RUN, "index");
        pages.put("/statistics?lang=fr", "index");
        pages.put("/map?lang=ru", "index");
        pages.put("/about", "index");
        pages.put("/codebook", "index");
        pages.put("/newsletter", "index");
        pages.put("/login", "index");
        return pages;
    }

    /** The first link on {@code page} whose path starts with a match of {@code link}: that part of it. */
    private static Optional<String> first(String page, String link) {
        Matcher m = Pattern.compile("href=\"(" + link + ")[/\"?#]").matcher(Site.get(page).body());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static HttpResponse<String> subscribe(String email) {
        return Site.post("/newsletter/subscribe", "email=" + email + "&language=en", "Origin", Site.BASE);
    }

    private static void assertUnavailable(String path, String session) {
        HttpResponse<String> response = timed(path, "Cookie", session);
        assertEquals(503, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), path + ": Retry-After");
        if (!path.startsWith("/api/")) {
            assertTrue(response.body().contains("Ժամանակավորապես անհասանելի է"), path + " in Armenian: "
                    + response.body());
        }
    }

    /** The answer, which must come within two seconds. */
    private static HttpResponse<String> timed(String path, String... headers) {
        long start = System.nanoTime();
        HttpResponse<String> response = Site.get(path, headers);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2000, path + " took " + millis + " ms");
        return response;
    }

    /**
     * Waits until {@code path} answers 200 rendered afresh, at most 30 seconds after the database was back: asked
     * with a new session, which the page cache neither serves nor keeps (a client's no-cache no longer forces a
     * render).
     */
    private static void awaitOk(String path, long back) throws InterruptedException {
        while (true) {
            String session = Site.freshSession();
            HttpResponse<String> response = session == null ? null : Site.get(path, "Cookie", session);
            if (response != null && response.statusCode() == 200) {
                assertTrue(response.headers().firstValue("X-Cache").isEmpty(), path + " rendered afresh");
                return;
            }
            long seconds = (System.nanoTime() - back) / 1_000_000_000L;
            assertTrue(seconds < 30, path + " still answers " + (response == null ? "no session"
                    : response.statusCode()) + " " + seconds + " s after the database was back");
            Thread.sleep(250);
        }
    }
}
