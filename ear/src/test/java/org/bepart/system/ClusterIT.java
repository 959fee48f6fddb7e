package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BePART as a cluster on this machine ({@code server.sh cluster-start}): a DAS, the instances bepart-1 (A) and
 * bepart-2 (B) of one deployment group started together on an empty PostgreSQL database, and nginx in front, all on
 * 127.0.0.1 from {@code bepart.it.cluster.portbase} (26000). Shows that a change made on one instance reaches the
 * other's search and page cache within two seconds, that mails go out once although both instances send, that a
 * signed-in person stays signed in when their instance stops, that sign-in throttling counts on both, that a
 * {@code kill -9} in a stream of acknowledged writes loses none of them, that a digest whose instance is killed goes on
 * on the other and mails every subscriber once, and that readiness is DOWN while PostgreSQL is stopped and UP within
 * 30 s of its return ({@code -Dbepart.it.pg.restart=false} leaves the machine's PostgreSQL alone).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int PORTBASE = Integer.getInteger("bepart.it.cluster.portbase", 26000);
    private static final String NGINX = "http://127.0.0.1:" + (PORTBASE + 80);
    private static final String A = "http://127.0.0.1:" + (PORTBASE + 180);
    private static final String B = "http://127.0.0.1:" + (PORTBASE + 280);
    private static final String DB_URL = System.getProperty("bepart.it.cluster.db.url",
            "jdbc:postgresql://127.0.0.1:5432/bepart_it_cl");
    private static final String DB_USER = System.getProperty("bepart.it.db.user", "bepart");
    private static final String DB_PASSWORD = System.getProperty("bepart.it.db.password", "bepart");
    private static final Path TARGET = Path.of(System.getProperty("bepart.target", "target"));
    private static final Path DOMAINS = TARGET.resolve("cluster-domains");
    /** A reader without cookies: English from Accept-Language (a {@code lang} parameter would set a cookie). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    /** Forms: the answer itself (303 once saved), not the page it redirects to. */
    private static final HttpClient FORMS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** An initiative of this test, public (under review) until a reviewer on A asks for changes. */
    private static final long NUMBAT = 910_001;

    /** A cluster already started by {@code server.sh cluster-start} with these settings, kept running afterwards. */
    private static final boolean REUSE = Boolean.getBoolean("bepart.it.cluster.reuse");

    private static Mailbox mailbox;

    @BeforeAll
    static void startTheCluster() throws IOException {
        Files.createDirectories(DOMAINS);
        mailbox = new Mailbox(PORTBASE + 25);
        if (!REUSE) {
            server("cluster-start");
        }
    }

    @AfterAll
    static void stopTheCluster() {
        try {
            if (!REUSE) {
                server("cluster-stop");
            }
        } finally {
            if (mailbox != null) {
                mailbox.close();
            }
        }
    }

    @Test
    @Order(1)
    void twoInstancesStartingTogetherOnAnEmptyDatabaseSetItUpOnce() throws Exception {
        try (Connection db = db()) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM account WHERE email = ?", Site.ADMIN_EMAIL),
                    "one first administrator");
            assertEquals(Site.demo().size(), count(db, "SELECT COUNT(*) FROM initiative"), "the demo loaded once");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '12'"));
        }
        for (String instance : List.of(A, B)) {
            HttpResponse<String> ready = get(instance, "/health/ready");
            assertEquals(200, ready.statusCode(), instance + ": " + ready.body());
            for (String check : List.of("database", "search-index", "outbox")) {
                assertTrue(ready.body().contains("\"" + check + "\""), ready.body());
            }
            assertEquals(200, get(instance, "/health/live").statusCode());
        }
        // nginx sends requests round robin: both instances answer through it
        Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 6; i++) {
            seen.add(get(NGINX, "/initiatives").statusCode());
        }
        assertEquals(Set.of(200), seen);
        get(A, "/initiatives/1");
        String metrics = get(A, "/metrics").body();
        for (String metric : List.of("bepart_requests_seconds_count", "bepart_page_cache_total",
                "bepart_outbox_waiting", "bepart_changes_behind", "bepart_search_seconds")) {
            assertTrue(metrics.contains(metric), metric + " in\n" + metrics);
        }
    }

    @Test
    @Order(2)
    void aChangeOnOneInstanceIsFoundOnTheOtherWithinTwoSecondsAndItsCachedPagesRefreshed() throws Exception {
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE FROM initiative WHERE id = " + NUMBAT);
            sql.executeUpdate("INSERT INTO initiative (id, version, status, original_language, country, region,"
                    + " municipality, government_level, ongoing, cso_name, authority_name, created_at, submitted_at,"
                    + " updated_at, wizard_step) VALUES (" + NUMBAT + ", 1, 'UNDER_REVIEW', 'EN', 'IE', 'Leinster',"
                    + " 'Kilkenny', 'LOCAL', FALSE, 'Numbat Friends', 'Kilkenny County Council',"
                    + " now() - interval '3 days', now() - interval '3 days', now() - interval '1 day', 6)");
            sql.executeUpdate("INSERT INTO initiative_text (initiative_id, language, title, summary, description)"
                    + " VALUES (" + NUMBAT + ", 'EN', 'Numbat meadow consultation', 'Neighbours mapped the meadow.',"
                    + " 'Residents and pupils planned the numbat meadow.')");
            sql.executeUpdate("INSERT INTO initiative_stage (initiative_id, stage) VALUES (" + NUMBAT
                    + ", 'DRAFTING')");
            // written behind BePART's back: the change log tells every instance
            sql.executeUpdate("INSERT INTO content_change (kind, entity_id, changed_at) VALUES ('INITIATIVE', "
                    + NUMBAT + ", now())");
        }
        within(Duration.ofSeconds(5), () -> found(A, "numbat") && found(B, "numbat"), "both index it");
        // B caches the initiative's page and the search
        String page = "/initiatives/" + NUMBAT;
        get(B, page);
        assertEquals("HIT", get(B, page).headers().firstValue("X-Cache").orElse(""));

        try (Browser reviewer = new Browser("en", A)) {
            reviewer.open("/login?lang=en");
            reviewer.fill("E-mail address", Site.ADMIN_EMAIL);
            reviewer.fill("Password", Site.ADMIN_PASSWORD);
            reviewer.follow(reviewer.find(By.id("login:submit")));
            reviewer.open("/admin/review?id=" + NUMBAT + "&lang=en");
            List<WebElement> principles = reviewer.driver.findElements(By.cssSelector("fieldset.principle"));
            principles.forEach(p -> p.findElement(By.cssSelector("input[type=radio][value=MET]")).click());
            reviewer.fill("Message to the contributors", "Please add what the council decided.");
            reviewer.follow(reviewer.action("Request changes"));
            assertTrue(reviewer.text().contains("Changes were requested"), reviewer.text());
        }
        long changed = System.nanoTime();
        within(Duration.ofSeconds(2), () -> !found(B, "numbat"), "B's search drops the initiative hidden on A");
        within(Duration.ofSeconds(2), () -> get(B, page).statusCode() == 404, "B's cached page refreshed");
        System.out.println("A's change reached B's search and page cache in "
                + (System.nanoTime() - changed) / 1_000_000 + " ms");
    }

    @Test
    @Order(3)
    void mailsQueuedOnBothInstancesGoOutOncePerRecipient() throws Exception {
        List<String> subscribed = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 40; i++) {
            String email = "once-" + run + "-" + i + "@example.org";
            // through nginx: round robin puts them into the outbox from both instances, whose senders both run
            HttpResponse<String> answer = post(NGINX, "/newsletter/subscribe", "email=" + email + "&language=en");
            assertEquals(303, answer.statusCode(), answer.body());
            subscribed.add(email);
        }
        within(Duration.ofSeconds(90), () -> mailbox.recipients().containsAll(subscribed), "every mail sent");
        // once the outbox holds nothing more for them, a second sender's copy would have arrived
        TestOutbox.awaitHandedOver(DB_URL, subscribed, Duration.ofMinutes(2));
        Map<String, Long> perRecipient = mailbox.recipients().stream().filter(subscribed::contains)
                .collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting()));
        assertEquals(subscribed.size(), perRecipient.size());
        assertEquals(Set.of(1L), Set.copyOf(perRecipient.values()), "one mail per recipient: " + perRecipient);
    }

    @Test
    @Order(4)
    void signInThrottlingCountsFailuresOnBothInstances() {
        String target = "throttled-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        // each instance sees the client 198.51.100.7 through its trusted proxy address (127.0.0.1)
        FacesVisitor onA = new FacesVisitor(A, "198.51.100.7");
        FacesVisitor onB = new FacesVisitor(B, "198.51.100.7");
        for (int i = 0; i < 5; i++) {
            FacesVisitor visitor = i % 2 == 0 ? onA : onB;
            visitor.open("/login?lang=en");
            HttpResponse<String> answer = visitor.submit("/login", "login", "submit",
                    Map.of("email", target, "password", "wrong-guess-" + i));
            assertEquals(200, answer.statusCode(), "five failures are free, wherever they land");
        }
        onB.open("/login?lang=en");
        HttpResponse<String> sixth = onB.submit("/login", "login", "submit",
                Map.of("email", target, "password", "wrong-guess-5"));
        assertEquals(429, sixth.statusCode(), "B counted the failures sent to A too");
        assertTrue(sixth.body().contains("Too many failed attempts"), sixth.body());
    }

    @Test
    @Order(5)
    void aSignedInEditorStaysSignedInWhenTheirInstanceStops() {
        // signed in on A (its sign-in form is A's); the session cookie then goes to any port of 127.0.0.1
        try (Browser editor = new Browser("en", A)) {
            editor.open("/login?lang=en");
            editor.fill("E-mail address", Site.ADMIN_EMAIL);
            editor.fill("Password", Site.ADMIN_PASSWORD);
            editor.follow(editor.find(By.id("login:submit")));
            for (String instance : List.of(A, B, NGINX)) {
                editor.driver.get(instance + "/admin/news?lang=en");
                assertTrue(editor.driver.getCurrentUrl().contains("/admin/news"), "signed in on " + instance + ": "
                        + editor.driver.getCurrentUrl());
            }
            server("cluster-instance", "stop", "1");
            try {
                for (int i = 0; i < 3; i++) {
                    editor.driver.get(NGINX + "/admin/news?lang=en");
                    assertTrue(editor.driver.getCurrentUrl().contains("/admin/news"),
                            "still signed in with A stopped: " + editor.driver.getCurrentUrl());
                    assertTrue(editor.text().contains("Sign out"), editor.text());
                }
            } finally {
                server("cluster-instance", "start", "1");
            }
        }
    }

    @Test
    @Order(6)
    void afterAKillEveryAcknowledgedWriteIsThereAndTheIndexAgreesWithTheDatabase() throws Exception {
        List<String> subscribed = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean streaming = new AtomicBoolean(true);
        List<Thread> stream = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread writer = new Thread(() -> {
                for (int i = 0; streaming.get(); i++) {
                    String email = "kill-" + thread + "-" + i + "-" + System.nanoTime() + "@example.org";
                    try {
                        if (post(NGINX, "/newsletter/subscribe", "email=" + email + "&language=hy").statusCode()
                                == 303) {
                            subscribed.add(email);
                        }
                    } catch (RuntimeException e) {
                        // a request in flight on the killed instance: not acknowledged
                    }
                }
            });
            writer.start();
            stream.add(writer);
        }
        Thread.sleep(3000);
        server("cluster-instance", "kill", "2");
        int atKill = subscribed.size();
        Thread.sleep(3000); // the stream goes on through A
        streaming.set(false);
        for (Thread thread : stream) {
            thread.join();
        }
        System.out.println("Killed B with " + atKill + " acknowledged subscriptions; " + subscribed.size()
                + " in all");
        assertTrue(subscribed.size() > atKill, "A kept taking writes");
        assertTrue(atKill > 10, "a stream, not a trickle: " + atKill);
        long publicInitiatives;
        try (Connection db = db()) {
            List<String> missing = new ArrayList<>();
            for (String email : subscribed) {
                if (count(db, "SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?", email) != 1
                        || count(db, "SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ?", email) != 1) {
                    missing.add(email);
                }
            }
            assertEquals(List.of(), missing, "acknowledged subscriptions (and their mails) lost");
            publicInitiatives = count(db, "SELECT COUNT(*) FROM initiative WHERE status IN "
                    + "('SUBMITTED', 'UNDER_REVIEW', 'VALIDATED')");
        }
        server("cluster-instance", "start", "2");
        for (String instance : List.of(A, B)) {
            Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(
                    get(instance, "/api/v1/initiatives?size=1").body());
            assertTrue(total.find());
            assertEquals(publicInitiatives, Long.parseLong(total.group(1)),
                    instance + ": the search index agrees with the database");
        }
    }

    @Test
    @Order(7)
    void aDigestInterruptedByAKillGoesOnOnTheOtherInstanceAndMailsEverySubscriberOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        int readers = 2000;
        List<String> emails = new ArrayList<>();
        try (Connection db = db()) {
            long first = count(db, "SELECT COALESCE(MAX(id), 0) FROM newsletter_subscriber") + 1_000_000;
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO newsletter_subscriber (id, version, email,"
                    + " language, status, unsubscribe_token, created_at, confirmed_at) VALUES (?, 0, ?, 'EN',"
                    + " 'CONFIRMED', ?, now() - interval '1 day', now() - interval '1 day')")) {
                for (int i = 0; i < readers; i++) {
                    String email = "digest-" + run + "-" + i + "@example.org";
                    insert.setLong(1, first + i);
                    insert.setString(2, email);
                    insert.setString(3, run + "-" + i);
                    insert.addBatch();
                    emails.add(email);
                }
                insert.executeBatch();
            }
            db.commit();
        }
        try (Browser editor = new Browser("en", B)) {
            editor.open("/login?lang=en");
            editor.fill("E-mail address", Site.ADMIN_EMAIL);
            editor.fill("Password", Site.ADMIN_PASSWORD);
            editor.follow(editor.find(By.id("login:submit")));
            editor.open("/admin/newsletter?lang=en");
            editor.find(By.cssSelector("ul.choice-list input[type=checkbox]")).click();
            editor.follow(editor.action("Preview"));
            editor.follow(editor.action("Send to all confirmed subscribers"));
            assertTrue(editor.driver.getCurrentUrl().contains("digest="), editor.driver.getCurrentUrl());
        }
        long digest;
        try (Connection db = db()) {
            digest = count(db, "SELECT MAX(id) FROM newsletter_digest");
            within(Duration.ofSeconds(60), () -> sent(digest) >= 100, "B writes the digest's first batches");
            server("cluster-instance", "kill", "2");
            long atKill = sent(digest);
            long total = count(db, "SELECT total FROM newsletter_digest WHERE id = " + digest);
            System.out.println("Killed B with " + atKill + " of the digest's " + total + " mails written");
            assertTrue(atKill < total, "killed in the middle of the digest: " + atKill + " of " + total);
            // A takes up unfinished digests every minute
            within(Duration.ofSeconds(150), () -> finished(digest), "A finishes the digest");
            assertEquals(total, sent(digest), "the digest counts every subscriber once");
            Map<Long, Long> mailsPerReader = new TreeMap<>();
            try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM"
                    + " outgoing_mail WHERE recipient LIKE 'digest-" + run + "-%' GROUP BY recipient")) {
                while (rows.next()) {
                    mailsPerReader.merge(rows.getLong(1), 1L, Long::sum);
                }
            }
            assertEquals(Map.of(1L, (long) readers), mailsPerReader, "readers by how many digest mails they got");
        } finally {
            server("cluster-instance", "start", "2");
        }
        // A mail B handed over just before it died is handed over again by A once B's claim on it ran out, with the
        // same Message-ID: one mail for the reader's mail system.
        within(Duration.ofSeconds(240), () -> mailbox.recipients().containsAll(emails), "every digest mail sent");
        Map<String, Set<String>> ids = mailbox.messageIds();
        List<String> twice = emails.stream().filter(e -> ids.getOrDefault(e, Set.of()).size() != 1).toList();
        assertEquals(List.of(), twice, "readers with other than one digest mail");
        long copies = mailbox.recipients().stream().filter(emails::contains).count() - readers;
        System.out.println("Digest: " + readers + " readers, " + copies + " mails handed over again after the kill");
    }

    private static boolean finished(long digest) {
        try (Connection db = db()) {
            return count(db, "SELECT COUNT(*) FROM newsletter_digest WHERE finished_at IS NOT NULL AND id = "
                    + digest) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sent(long digest) {
        try (Connection db = db()) {
            return count(db, "SELECT sent FROM newsletter_digest WHERE id = " + digest);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(8)
    void readinessIsDownWhilePostgresqlIsStoppedAndUpWithinThirtySecondsOfItsReturn() throws Exception {
        Assumptions.assumeTrue(Boolean.parseBoolean(System.getProperty("bepart.it.pg.restart", "true")),
                "stops the machine's PostgreSQL: not with -Dbepart.it.pg.restart=false");
        Database.stop();
        try {
            within(Duration.ofSeconds(15), () -> get(A, "/health/ready").statusCode() == 503
                    && get(B, "/health/ready").statusCode() == 503, "readiness DOWN on both");
            HttpResponse<String> page = get(NGINX, "/news?lang=en");
            assertEquals(503, page.statusCode(), "a page that needs the database");
            assertTrue(page.body().contains("lang=\"en\""), "translated: " + page.body());
            assertEquals(200, get(A, "/health/live").statusCode(), "alive all the same");
        } finally {
            Database.start();
        }
        within(Duration.ofSeconds(30), () -> get(A, "/health/ready").statusCode() == 200
                && get(B, "/health/ready").statusCode() == 200, "readiness UP again");
        assertEquals(200, get(NGINX, "/news?lang=en").statusCode());
    }

    private static boolean found(String instance, String text) {
        return Pattern.compile("\"id\"\\s*:\\s*" + NUMBAT + "\\b")
                .matcher(get(instance, "/api/v1/initiatives?q=" + text).body()).find();
    }

    private static void within(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + limit.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
    }

    private static long count(Connection db, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static HttpResponse<String> get(String base, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en").GET());
    }

    private static HttpResponse<String> post(String base, String path, String form) {
        return send(FORMS, HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(HTTP, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs server.sh in one of its cluster modes, on this test's ports and database. */
    private static void server(String... mode) {
        List<String> command = new ArrayList<>(List.of("bash", "src/main/payara/server.sh"));
        command.addAll(List.of(mode));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(DOMAINS.resolve("server-sh.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("PAYARA_HOME", TARGET.resolve("payara6").toAbsolutePath().toString());
        env.put("DOMAINS_DIR", DOMAINS.toAbsolutePath().toString());
        env.put("PORTBASE", Integer.toString(PORTBASE));
        env.put("EAR", TARGET.resolve("bepart.ear").toAbsolutePath().toString());
        env.put("IT_DB_URL", DB_URL);
        env.put("IT_DB_USER", DB_USER);
        env.put("IT_DB_PASSWORD", DB_PASSWORD);
        env.put("BEPART_DEMO_DATA", "true");
        env.put("BEPART_ADMIN_EMAIL", Site.ADMIN_EMAIL);
        env.put("BEPART_ADMIN_PASSWORD", Site.ADMIN_PASSWORD);
        // the streams of subscriptions come from one address: past the newsletter's rate limit without this
        env.put("BEPART_RATE_LIMIT_EXEMPT", "127.0.0.1");
        env.putIfAbsent("BEPART_DB_CONNECT_TIMEOUT_SECONDS", "15");
        // a mail claimed by an instance that is killed goes to another after 30 s (one attempt takes at most 20 s)
        env.put("BEPART_MAIL_CLAIM_SECONDS", "30");
        try {
            Process process = builder.start();
            if (process.waitFor() != 0) {
                throw new AssertionError("server.sh " + String.join(" ", mode) + " failed: see "
                        + DOMAINS.resolve("server-sh.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
