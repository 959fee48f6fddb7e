package org.bepart.system;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fifty hostile contest entries at once, each from a client of its own (through the trusted proxy), against the
 * system-test server and its 512 MB heap: pictures declaring 6000×6600 pixels in a small file, pictures just under
 * the pixel cap that really decode, and 20 MB video files. The server refuses or takes each with a translated answer
 * (never a 500), keeps answering other pages meanwhile, and does not run out of memory. Runs after the contest
 * journey (its entries wait in the demo contest).
 */
class UploadFloodIT {

    private static final int HOSTILE = 50;
    private static final List<String> PAGES = List.of("/?lang=en", "/contests?lang=en", "/news?lang=en",
            "/events?lang=en", "/about?lang=en");

    @Test
    void fiftyParallelHostileEntriesLeaveTheServerAnsweringOtherPages() throws Exception {
        byte[] bomb = TestImages.bilevelPng(6000, 6600);
        byte[] heavy = TestImages.png(3999, 3999);
        byte[] video = new byte[20 * 1024 * 1024];
        System.arraycopy("ftypisom".getBytes(), 0, video, 4, 8);
        assertTrue(bomb.length < 200_000, "a small file: " + bomb.length);

        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicLong slowestPage = new AtomicLong();
        List<String> pageFailures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            for (int i = 0; flooding.get(); i++) {
                String page = PAGES.get(i % PAGES.size());
                long start = System.nanoTime();
                try {
                    int status = Site.get(page).statusCode();
                    if (status != 200) {
                        pageFailures.add(page + " answered " + status);
                    }
                } catch (RuntimeException e) {
                    pageFailures.add(page + ": " + e);
                }
                slowestPage.accumulateAndGet(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), Math::max);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(HOSTILE);
        CountDownLatch ready = new CountDownLatch(HOSTILE);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> sent = new ArrayList<>();
        reader.start();
        try {
            for (int i = 0; i < HOSTILE; i++) {
                int n = i;
                sent.add(pool.submit(() -> {
                    FacesVisitor visitor = new FacesVisitor("198.19." + (n / 200) + "." + (n % 200 + 1));
                    visitor.open("/contests/1/enter?lang=en");
                    ready.countDown();
                    go.await();
                    String kind = n % 5 == 0 ? "video" : n % 5 < 3 ? "bomb" : "heavy";
                    Map<String, String> fields = Map.of("name", "Flood " + n, "age", "12", "email",
                            "flood-" + n + "-" + System.nanoTime() + "@example.org", "consent", "on",
                            "guardian", "Guardian " + n, "category", kind.equals("video") ? "VIDEO" : "DRAWING",
                            "workTitle", "Hostile " + kind + " " + n);
                    // posted where the page's form posts, as a browser does
                    HttpResponse<String> answer = kind.equals("video")
                            ? visitor.submitMultipart("/contest-enter", "entry", "send", fields, "video",
                            "v.mp4", "video/mp4", video)
                            : visitor.submitMultipart("/contest-enter", "entry", "send", fields, "image",
                            kind + ".png", "image/png", kind.equals("bomb") ? bomb : heavy);
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    String body = answer.body();
                    String outcome = body.contains("awaits moderation") ? "received"
                            : body.contains("too many pixels") ? "too many pixels"
                            : body.contains("busy with other pictures") ? "busy" : "other " + answer.statusCode();
                    outcomes.merge(kind + ": " + outcome, 1, Integer::sum);
                    return null;
                }));
            }
            assertTrue(ready.await(120, TimeUnit.SECONDS), "every visitor has its form");
            go.countDown();
            for (Future<?> f : sent) {
                f.get(300, TimeUnit.SECONDS);
            }
        } finally {
            flooding.set(false);
            pool.shutdownNow();
            reader.join(60_000);
        }
        System.out.println("Flood: statuses " + statuses + ", outcomes " + outcomes + ", slowest other page "
                + slowestPage.get() + " ms");
        assertFalse(statuses.containsKey(500), "never a 500: " + statuses);
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 503), statuses.toString());
        assertEquals(HOSTILE / 5 * 2, outcomes.getOrDefault("bomb: too many pixels", 0), outcomes.toString());
        assertTrue(outcomes.keySet().stream().noneMatch(k -> k.contains("other")), outcomes.toString());
        assertTrue(outcomes.getOrDefault("video: received", 0) > 0, "videos are stored: " + outcomes);
        assertTrue(pageFailures.isEmpty(), pageFailures.toString());
        assertTrue(slowestPage.get() < 60_000, "other pages answered throughout: " + slowestPage.get() + " ms");
        assertEquals(200, Site.get("/contests/1?lang=en").statusCode(), "still up");
        Path log = Path.of(System.getProperty("bepart.target", "target"), "it-domains/bepart/logs/server.log");
        if (Files.exists(log)) {
            assertFalse(Files.readString(log).contains("OutOfMemoryError"), "no OutOfMemoryError in " + log);
        }
    }
}
