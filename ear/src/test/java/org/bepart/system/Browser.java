package org.bepart.system;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chromium for journey tests: a person's browser (its own profile, so its own cookies), with the steps every journey
 * needs — open a page, follow a link or button to the next page, fill a labelled field, sign in, run axe.
 */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    final WebDriver driver;
    private final String base;
    /** Chromium's profile for this browser, removed on close (each one is tens of megabytes in the temp folder). */
    private final Path profile;

    /** A new browser whose preferred languages are {@code acceptLanguages} (e.g. "hy,en"). */
    Browser(String acceptLanguages) {
        this(acceptLanguages, Site.BASE);
    }

    /** A new browser for the site at {@code base} (e.g. the demo server's address). */
    Browser(String acceptLanguages, String base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("bepart.chromium", "/usr/bin/chromium"));
        try {
            profile = Files.createTempDirectory("bepart-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile);
        options.addArguments("--accept-lang=" + acceptLanguages);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        // The console (errors, Content-Security-Policy refusals) for tests that read it.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("bepart.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    void open(String path) {
        driver.get(base + path);
        waitUntilLoaded();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Clicks what leads to another page and waits until that page has replaced this one. */
    void follow(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        // Chromium may answer "node does not belong to the document" instead of "stale" while it navigates.
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
        waitUntilLoaded();
    }

    /** Types into the input labelled {@code label} (the label's text, exactly), replacing what it held. */
    void fill(String label, String text) {
        WebElement input = labelled(label);
        input.clear();
        input.sendKeys(text);
    }

    /** The input a visible label points to with its for attribute. */
    WebElement labelled(String label) {
        WebElement element = driver.findElement(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]"));
        return driver.findElement(By.id(element.getAttribute("for")));
    }

    /**
     * The button with this visible text, else the link: the page's own ones first (a form's "Sign in" button, not the
     * header's "Sign in" link that comes first in the page), then those of the header.
     */
    WebElement action(String text) {
        String literal = xpathLiteral(text);
        String button = "//button[normalize-space(.)=" + literal + "] | //input[(@type='submit' or @type='button')"
                + " and @value=" + literal + "]";
        String link = "//a[normalize-space(.)=" + literal + "]";
        for (String xpath : List.of("//main" + button.replace(" | //", " | //main//"), button,
                "//main" + link, link)) {
            List<WebElement> found = driver.findElements(By.xpath(xpath));
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new org.openqa.selenium.NoSuchElementException("no button or link named " + text);
    }

    /** Signs in through the sign-in page, as a person does, and waits for the page it leads to. */
    void signIn(String email, String password) {
        open("/login?lang=en");
        fill("E-mail address", email);
        fill("Password", password);
        follow(action("Sign in"));
    }

    void signOut() {
        follow(driver.findElement(By.cssSelector(".user-nav button")));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** No WCAG 2.1 A or AA violation on the page shown. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertTrue(results.getPasses().size() > 10, page + ": axe checked nothing");
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), page + ": " + violations.stream()
                .map(v -> v.getId() + " (" + v.getNodes().size() + "): " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    private void waitUntilLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // left in the temp folder: nothing a test depends on
            }
        }
    }
}
