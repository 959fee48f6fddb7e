package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.ConnectException;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-command run as a new user meets it (server.sh in its demo mode: embedded H2, demo data, the demo mailbox),
 * on ports of its own: while it starts, every answer is a translated 503 (never a 500) with the security headers, and
 * once up Payara names no version; a new account is confirmed from the demo mailbox page; and after SIGKILL in the
 * middle of a stream of acknowledged writes (newsletter subscriptions, a contest entry, a saved submission step)
 * every one of them is in the database, and the search index agrees with the database once the server is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoRunIT {

    private static final int PORTBASE = Integer.getInteger("bepart.demo.portbase", 29000);
    private static final String BASE = "http://127.0.0.1:" + (PORTBASE + 80);
    private static final Path TARGET = Path.of(System.getProperty("bepart.target", "target"));
    private static final Path DATA = TARGET.resolve("demo-it");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String EMAIL = "demo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    private static final String PASSWORD = "Quiet-harbour-2026";

    @BeforeAll
    static void freshDataDirectory() throws IOException {
        if (Files.exists(DATA)) {
            try (Stream<Path> files = Files.walk(DATA)) {
                files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(DATA);
    }

    @AfterAll
    static void stopTheDemo() {
        server("demo-stop");
    }

    @Test
    @Order(1)
    void whileItStartsEveryAnswerIsATranslatedStartingPageNeverA500() throws Exception {
        Watch armenian = new Watch("/initiatives");
        Watch french = new Watch("/news", "Accept-Language", "fr-FR,fr;q=0.9");
        armenian.start();
        french.start();
        try {
            server("demo-start");
        } finally {
            armenian.finish();
            french.finish();
        }
        for (Watch watch : List.of(armenian, french)) {
            System.out.println("While starting, " + watch.path + ": " + watch.statuses);
            assertTrue(watch.failures.isEmpty(), watch.failures.toString());
            assertTrue(watch.statuses.getOrDefault(503, 0) > 0, "the starting page was seen: " + watch.statuses);
            HttpResponse<String> ready = get(watch.path, watch.headers);
            assertEquals(200, ready.statusCode(), "ready at the end");
            assertTrue(ready.headers().allValues("Server").stream().noneMatch(v -> v.matches(".*\\d.*"))
                    && ready.headers().allValues("X-Powered-By").isEmpty(), "no version: " + ready.headers().map());
            assertTrue(watch.longestRefusal < 5_000, "no answer for " + watch.longestRefusal
                    + " ms once the starting page was up (the port passes from it to Payara)");
        }
        assertTrue(armenian.starting.contains("BePART-ը գործարկվում է"), armenian.starting);
        assertTrue(french.starting.contains("BePART démarre"), french.starting);
    }

    @Test
    @Order(2)
    void aNewAccountIsConfirmedByTheLinkInTheDemoMailbox() {
        try (Browser person = new Browser("en", BASE); Browser admin = new Browser("en", BASE)) {
            person.open("/register?lang=en");
            person.fill("Your name", "Lilit Demo");
            person.fill("E-mail address", EMAIL);
            person.fill("Password", PASSWORD);
            person.fill("Repeat the password", PASSWORD);
            person.labelled("I agree that BePART stores my name and e-mail to run my account.").click();
            person.follow(person.find(By.id("register:submit")));
            assertTrue(person.text().contains("Check your mail"), person.text());

            admin.signIn("admin@bepart.localhost", adminPassword());
            WebElement link = null;
            for (int attempt = 0; attempt < 60 && link == null; attempt++) {
                admin.open("/admin/mailbox?lang=en");
                List<WebElement> links = admin.driver.findElements(By.xpath("//article[contains(normalize-space(.), '"
                        + EMAIL + "')]//a[contains(@href, '/verify?token=')]"));
                link = links.isEmpty() ? null : links.get(0);
                if (link == null) {
                    sleep(1000);
                }
            }
            assertTrue(link != null, "no confirmation mail for " + EMAIL + " in the demo mailbox: " + admin.text());
            admin.assertAccessible("demo mailbox");
            String confirm = link.getAttribute("href");
            person.driver.get(confirm.replaceFirst("^https?://[^/]+", BASE) + "&lang=en");
            assertTrue(person.text().contains("your address is confirmed"), person.text());
            person.signIn(EMAIL, PASSWORD);
            assertTrue(person.text().contains("Welcome, Lilit Demo."), person.text());
        }
    }

    @Test
    @Order(3)
    void everyWriteAcknowledgedBeforeAKillIsThereAfterIt() throws Exception {
        List<String> subscribed = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean streaming = new AtomicBoolean(true);
        List<Thread> stream = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread writer = new Thread(() -> {
                for (int i = 0; streaming.get(); i++) {
                    String email = "kill-" + thread + "-" + i + "-" + System.nanoTime() + "@example.org";
                    try {
                        if (post("/newsletter/subscribe", "email=" + email + "&language=hy").statusCode() == 303) {
                            subscribed.add(email);
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the server is gone
                    }
                }
            });
            writer.start();
            stream.add(writer);
        }
        String title = "Kill-proof draft " + UUID.randomUUID().toString().substring(0, 6);
        String entrant = "entrant-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        try (Browser contributor = new Browser("en", BASE); Browser visitor = new Browser("en", BASE)) {
            try {
                saveAFirstStep(contributor, title);
                enterTheContest(visitor, entrant);
            } catch (RuntimeException | AssertionError e) {
                streaming.set(false);
                System.err.println(contributor.driver.getCurrentUrl() + "\n" + contributor.text() + "\n---\n"
                        + visitor.driver.getCurrentUrl() + "\n" + visitor.text());
                throw e;
            }
            sleep(1000);
            int before = subscribed.size();
            server("demo-kill");
            streaming.set(false);
            for (Thread thread : stream) {
                thread.join();
            }
            System.out.println("Killed with " + subscribed.size() + " acknowledged subscriptions (" + before
                    + " when the kill was sent)");
        }
        assertTrue(subscribed.size() > 20, "a stream, not a trickle: " + subscribed.size());

        long publicInitiatives;
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + DATA.toAbsolutePath()
                + "/h2/bepart;ACCESS_MODE_DATA=r", "bepart", "bepart")) {
            List<String> missing = new ArrayList<>();
            for (String email : subscribed) {
                if (count(db, "SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?", email) != 1
                        || count(db, "SELECT COUNT(*) FROM outgoing_mail WHERE recipient = ?", email) != 1) {
                    missing.add(email);
                }
            }
            assertEquals(List.of(), missing, "acknowledged subscriptions (and their mails) lost");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM initiative_text WHERE title = ?", title),
                    "the saved first step");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM contest_entry WHERE email = ?", entrant),
                    "the contest entry");
            publicInitiatives = count(db, "SELECT COUNT(*) FROM initiative WHERE status IN "
                    + "('SUBMITTED', 'UNDER_REVIEW', 'VALIDATED')");
        }

        server("demo-start");
        HttpResponse<String> api = get("/api/v1/initiatives?size=1");
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(api.body());
        assertTrue(total.find(), api.body());
        assertEquals(publicInitiatives, Long.parseLong(total.group(1)), "the search index agrees with the database");
    }

    private static void saveAFirstStep(Browser contributor, String title) {
        String organisation = "Kill-proof Lab " + title.substring(title.length() - 6);
        contributor.signIn("admin@bepart.localhost", adminPassword());
        assertTrue(contributor.driver.getCurrentUrl().endsWith("/account"), "signed in: "
                + contributor.driver.getCurrentUrl());
        contributor.open("/account/organisations?lang=en");
        contributor.fill("Name of the organisation", organisation);
        new Select(contributor.labelled("Kind of organisation")).selectByVisibleText("Civil-society organisation");
        new Select(contributor.labelled("Member state")).selectByVisibleText("Armenia");
        contributor.follow(contributor.action("Create the organisation"));
        assertTrue(contributor.text().contains("you are its first member"), contributor.text());
        contributor.open("/account/initiatives?lang=en");
        contributor.follow(contributor.action("New initiative"));
        new Select(contributor.labelled("Organisation submitting the initiative")).selectByVisibleText(organisation);
        contributor.fill("Title", title);
        contributor.fill("Summary", "Saved a moment before the server was killed.");
        contributor.fill("Description", "The first step of an initiative, acknowledged by the second one.");
        contributor.follow(contributor.action("Save and continue"));
        assertTrue(contributor.driver.getCurrentUrl().contains("step=2"), "acknowledged: "
                + contributor.driver.getCurrentUrl());
    }

    private static void enterTheContest(Browser visitor, String email) throws IOException {
        visitor.open("/contests/1/enter?lang=en");
        visitor.fill("Participant’s name", "Gor Demo");
        visitor.fill("Age", "12");
        visitor.fill("Contact e-mail", email);
        visitor.fill("Title of the work", "Sunrise over the dam");
        new Select(visitor.labelled("Category")).selectByVisibleText("Drawing");
        visitor.find(By.id("entry:consent")).click();
        visitor.fill("Name of the parent or guardian", "Ani Demo");
        visitor.labelled("Picture").sendKeys(TestImages.pngFile("dam", 400, 300).toAbsolutePath().toString());
        visitor.follow(visitor.action("Send my entry"));
        assertTrue(visitor.text().contains("Your entry was received and awaits moderation"), visitor.text());
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

    private static String adminPassword() {
        try {
            return Files.readString(DATA.resolve("admin-password")).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs server.sh in one of its demo modes, on this test's ports and data directory. */
    private static void server(String mode) {
        ProcessBuilder builder = new ProcessBuilder("bash", "src/main/payara/server.sh", mode)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(DATA.resolve("server-sh.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("PAYARA_HOME", TARGET.resolve("payara6").toAbsolutePath().toString());
        env.put("DOMAINS_DIR", DATA.resolve("payara").toAbsolutePath().toString());
        env.put("PORTBASE", Integer.toString(PORTBASE));
        env.put("EAR", TARGET.resolve("bepart.ear").toAbsolutePath().toString());
        env.put("DATA_DIR", DATA.toAbsolutePath().toString());
        env.put("MAILBOX_JAR", TARGET.resolve("greenmail/greenmail-standalone.jar").toAbsolutePath().toString());
        // The stream of subscriptions comes from one address: past the newsletter's rate limit without this.
        env.put("BEPART_RATE_LIMIT_EXEMPT", "127.0.0.1");
        env.put("CLASSES", Path.of("../domain/target/classes").toAbsolutePath() + ":"
                + Path.of("../web/target/classes").toAbsolutePath());
        try {
            Process process = builder.start();
            if (process.waitFor() != 0) {
                throw new AssertionError("server.sh " + mode + " failed: see " + DATA.resolve("server-sh.log")
                        + "\n" + tail(DATA.resolve("payara/bepart/logs/server.log")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no server log)";
        }
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", BASE)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks for one page again and again while the demo starts, and keeps what came back. */
    private static final class Watch extends Thread {

        final String path;
        final String[] headers;
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        volatile boolean running = true;
        String starting = "";
        long longestRefusal;

        Watch(String path, String... headers) {
            this.path = path;
            this.headers = headers;
            setDaemon(true);
        }

        @Override
        public void run() {
            boolean answered = false;
            long refusedSince = -1;
            while (running) {
                try {
                    HttpResponse<String> response = get(path, headers);
                    int status = response.statusCode();
                    statuses.merge(status, 1, Integer::sum);
                    answered = true;
                    if (refusedSince >= 0) {
                        longestRefusal = Math.max(longestRefusal, System.currentTimeMillis() - refusedSince);
                        refusedSince = -1;
                    }
                    if (status == 503) {
                        starting = response.body();
                        if (response.headers().firstValue("Retry-After").isEmpty()) {
                            failures.add("503 without Retry-After");
                        }
                        if (!response.headers().firstValue("Content-Security-Policy").orElse("")
                                .contains("frame-ancestors 'none'")
                                || response.headers().firstValue("X-Content-Type-Options").isEmpty()) {
                            failures.add("503 without the security headers: " + response.headers().map());
                        }
                    } else if (status != 200) {
                        failures.add(status + ": " + response.body().substring(0,
                                Math.min(300, response.body().length())));
                    }
                } catch (ConnectException refused) {
                    if (answered && refusedSince < 0) {
                        refusedSince = System.currentTimeMillis();
                    }
                } catch (IOException e) {
                    failures.add(e.toString());
                } catch (InterruptedException e) {
                    return;
                }
                DemoRunIT.sleep(100);
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join();
        }
    }
}
