package org.bepart.system;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embeddable widget (issue 15, item 2): an organisation's validated initiatives inside a plain page of another
 * origin (a host page served here on another port), in the frame variant and the script variant; no cookie, no
 * session, under 20 KB, cached; framing any other page refused by the browser.
 */
class WidgetIT {

    private static final long ORGANISATION = 990_901;
    private static final long FIRST = 990_911;
    private static final int VALIDATED = 12;
    private static HttpServer host;

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user"), System.getProperty("bepart.it.db.password"));
    }

    private static void exec(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** An organisation with twelve validated initiatives (one list of ten and a link to the rest) and a draft. */
    @BeforeAll
    static void start() throws IOException, SQLException {
        try (Connection db = database()) {
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, 'Widget Town Hall', "
                    + "'MUNICIPALITY', 'FR', NOW()) ON CONFLICT (id) DO NOTHING", ORGANISATION);
            for (int k = 0; k <= VALIDATED; k++) {
                long id = FIRST + k;
                exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, "
                        + "created_at, updated_at, submitted_at, owner_id, wizard_step) VALUES (?, ?, 'FR', 'FR', "
                        + "'LOCAL', NOW(), NOW(), NOW() - (? * INTERVAL '1 day'), ?, 6) ON CONFLICT (id) DO NOTHING",
                        id, k < VALIDATED ? "VALIDATED" : "DRAFT", k, ORGANISATION);
                exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'FR', ?, "
                        + "'Pour le widget.') ON CONFLICT DO NOTHING", id, "Budget participatif " + id);
            }
        }
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Town hall</title></head>"
                + "<body><h1>Our town</h1>"
                + "<iframe id=\"frame\" title=\"Initiatives\" style=\"width:100%;height:420px;border:0\" src=\""
                + Site.BASE + "/widget/organisation/" + ORGANISATION + "?lang=fr\"></iframe>"
                + "<div id=\"scripted\" data-bepart-widget=\"/widget/country/AM?lang=hy\" data-title=\"Armenia\"></div>"
                + "<script src=\"" + Site.BASE + "/widget/embed.js\" async></script>"
                + "<iframe id=\"other\" title=\"About\" src=\"" + Site.BASE + "/about\"></iframe></body></html>";
        host = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        host.createContext("/host.html", exchange -> {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        host.start();
    }

    /** Its initiatives leave the public ones, so that later counts stay as they were. */
    @AfterAll
    static void stop() throws SQLException {
        host.stop(0);
        try (Connection db = database()) {
            exec(db, "UPDATE initiative SET status = 'REJECTED' WHERE owner_id = ?", ORGANISATION);
        }
    }

    private static String widget() {
        return "/widget/organisation/" + ORGANISATION;
    }

    @Test
    void aWidgetIsSmallFramableCachedAndSetsNoCookie() {
        HttpResponse<String> first = Site.get(widget() + "?lang=fr");
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), "no cookie: " + first.headers().map());
        assertTrue(first.headers().firstValue("X-Frame-Options").isEmpty(), "framable");
        assertTrue(first.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors *"));
        assertTrue(first.body().getBytes(StandardCharsets.UTF_8).length < 20_000, "under 20 KB");
        assertTrue(first.body().contains("lang=\"fr\""));
        assertEquals(10, count(first.body(), "<li>"), "its newest validated initiatives, ten");
        assertTrue(first.body().contains("Budget participatif " + FIRST), "the newest first");
        assertFalse(first.body().contains("Budget participatif " + (FIRST + VALIDATED)), "no draft");
        assertTrue(first.body().contains("Toutes les initiatives sur BePART"), "a link to all of them, in French");
        assertFalse(first.body().contains("https://"), "nothing from other sites");
        HttpResponse<String> second = Site.get(widget() + "?lang=fr");
        assertEquals("HIT", second.headers().firstValue("X-Cache").orElse(""), "a second reader gets the cached one");
        assertEquals(first.body(), second.body());
        assertEquals("DENY", Site.get("/about").headers().firstValue("X-Frame-Options").orElse(""));
        for (String missing : List.of("/widget/organisation/999999999", "/widget/country/XX", "/widget/theme/none",
                "/widget/organisation/" + "1".repeat(41), "/widget/other/1", "/widget")) {
            assertEquals(404, Site.get(missing).statusCode(), missing);
        }
    }

    @Test
    void aHostPageOfAnotherOriginShowsTheWidgetsAndCannotFrameOtherPages() {
        try (Browser browser = new Browser("en")) {
            browser.open(widget() + "?lang=fr");
            browser.assertAccessible("the widget");
            browser.driver.get("http://127.0.0.1:" + host.getAddress().getPort() + "/host.html");
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
            // the script variant: a frame in place of the element, fitted to its list's height
            WebElement scripted = wait.until(d -> d.findElements(By.cssSelector("#scripted iframe")).stream()
                    .filter(f -> !"320px".equals(f.getCssValue("height"))).findFirst().orElse(null));
            assertEquals("Armenia", scripted.getAttribute("title"));
            browser.driver.switchTo().frame(browser.driver.findElement(By.id("frame")));
            List<WebElement> links = wait.until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("li a"));
                return found.isEmpty() ? null : found;
            });
            assertEquals(10, links.size());
            assertTrue(links.get(0).getAttribute("href").startsWith(Site.BASE + "/initiatives/"));
            browser.driver.switchTo().defaultContent();
            browser.driver.switchTo().frame(browser.driver.findElement(By.id("other")));
            assertTrue(browser.driver.findElements(By.cssSelector("main")).isEmpty(), "the about page is not shown");
            browser.driver.switchTo().defaultContent();
            assertTrue(browser.driver.manage().getCookies().isEmpty(), "no cookie on 127.0.0.1: "
                    + browser.driver.manage().getCookies());
            List<LogEntry> logs = browser.driver.manage().logs().get(LogType.BROWSER).getAll();
            assertTrue(StreamSupport.stream(logs.spliterator(), false)
                    .anyMatch(e -> e.getMessage().contains("frame-ancestors")), "framing refused: " + logs);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
