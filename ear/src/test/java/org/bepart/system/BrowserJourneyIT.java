package org.bepart.system;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor in Chromium: opens the home page, filters the catalogue, opens an initiative, in Armenian and in English;
 * axe checks every page against WCAG 2.1 A and AA.
 */
class BrowserJourneyIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("bepart.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("bepart-chromium"));
        // A browser set to Armenian, as the platform's default audience
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "hy,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("bepart.chromedriver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertTrue(results.getPasses().size() > 10, page + ": axe checked nothing");
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), page + ": " + violations.stream()
                .map(v -> v.getId() + " (" + v.getNodes().size() + "): " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    /** Clicks what leads to another page and waits until that page has replaced this one. */
    private static void follow(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        // Chromium may answer "node does not belong to the document" instead of "stale" while it navigates.
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));
    }

    private static String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private static int cards() {
        return browser.findElements(By.cssSelector(".results .card")).size();
    }

    @Test
    void aVisitorFindsAnInitiativeInArmenianThenReadsItInEnglish() {
        browser.manage().deleteAllCookies();
        browser.get(Site.BASE + "/");
        assertEquals("hy", htmlLang());
        assertAccessible("home (hy)");

        follow(browser.findElement(By.linkText("Նախաձեռնություններ")));
        assertTrue(browser.getCurrentUrl().endsWith("/initiatives"));
        int all = cards();
        assertEquals(20, all, "a full first page");
        assertAccessible("catalogue (hy)");

        browser.findElement(By.cssSelector("label[for='country-AM']")).click();
        browser.findElement(By.cssSelector("label[for='stage-decision']")).click();
        follow(browser.findElement(By.id("apply-filters")));
        assertTrue(browser.getCurrentUrl().contains("country=AM"), browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().contains("stage=decision"), browser.getCurrentUrl());
        int armenianDecisions = cards();
        assertTrue(armenianDecisions > 0 && armenianDecisions < all);
        assertEquals(2, browser.findElements(By.cssSelector(".chips .chip")).size(), "two active filters");
        assertAccessible("filtered catalogue (hy)");

        WebElement first = browser.findElement(By.cssSelector(".results .card-title a"));
        String title = first.getText();
        follow(first);
        assertEquals(title, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getCurrentUrl().matches(".*/initiatives/\\d+/.+"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector(".initiative-facts")).getText().contains("Հայաստան"));
        assertAccessible("initiative (hy)");

        follow(browser.findElement(By.cssSelector("nav.languages a[lang='en']")));
        assertEquals("en", htmlLang());
        String facts = browser.findElement(By.cssSelector(".initiative-facts")).getText();
        assertTrue(facts.contains("Member state") && facts.contains("Armenia"), facts);
        assertAccessible("initiative (en)");

        follow(browser.findElement(By.linkText("About")));
        assertEquals("en", htmlLang(), "the choice is remembered");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("About BePART"));
        assertAccessible("about (en)");
    }

    @Test
    void aFrenchVisitorBrowsesPagesAndMeetsATranslatedNotFoundPage() {
        browser.manage().deleteAllCookies();
        browser.get(Site.BASE + "/initiatives?lang=fr");
        assertEquals("fr", htmlLang());
        browser.findElement(By.cssSelector("label[for='level-regional']")).click();
        follow(browser.findElement(By.id("apply-filters")));
        assertTrue(browser.getCurrentUrl().contains("level=regional"), browser.getCurrentUrl());
        assertTrue(cards() > 0);
        for (WebElement card : browser.findElements(By.cssSelector(".results .card-meta"))) {
            assertTrue(card.getText().startsWith("Régional"), card.getText());
        }
        follow(browser.findElement(By.cssSelector(".chip-remove")));
        assertEquals(20, cards(), "the filter is removed");

        follow(browser.findElement(By.cssSelector(".pager a[rel='next']")));
        assertTrue(browser.getCurrentUrl().contains("page=2"));
        assertTrue(cards() > 0);
        assertAccessible("catalogue page 2 (fr)");

        browser.get(Site.BASE + "/initiatives/987654");
        assertEquals("fr", htmlLang());
        assertEquals("Page introuvable", browser.findElement(By.tagName("h1")).getText());
        assertAccessible("not found (fr)");
    }

    @Test
    void aVisitorSearchesInRussianReadsTheStatisticsAndTheCodebook() {
        browser.manage().deleteAllCookies();
        browser.get(Site.BASE + "/initiatives?lang=ru");
        browser.findElement(By.id("search-text")).sendKeys("бюджет");
        follow(browser.findElement(By.id("apply-filters")));
        assertTrue(browser.getCurrentUrl().contains("q="), browser.getCurrentUrl());
        assertTrue(cards() > 0);
        assertTrue(browser.findElements(By.cssSelector(".results mark")).size() > 0, "matches are marked");
        assertAccessible("search results (ru)");

        follow(browser.findElement(By.cssSelector(".map-actions a")));
        assertTrue(browser.getCurrentUrl().contains("/map?"), browser.getCurrentUrl());
        int listed = browser.findElements(By.cssSelector(".map-list li")).size();
        assertTrue(listed > 0);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("map"))
                .getAttribute("data-markers") != null);
        assertEquals(listed, browser.findElements(By.cssSelector(".leaflet-marker-icon")).size(),
                "every listed initiative has its marker, even without map tiles");
        assertAccessible("map (ru)");

        follow(browser.findElement(By.cssSelector("nav.main-nav a[href$='/statistics']")));
        assertEquals("ru", htmlLang());
        assertTrue(browser.findElements(By.cssSelector("canvas")).size() >= 5, "charts are drawn");
        assertAccessible("statistics (ru)");

        follow(browser.findElement(By.cssSelector("footer a[href$='/codebook']")));
        assertTrue(browser.findElements(By.cssSelector("table.data-table tbody tr")).size() >= 30);
        assertAccessible("codebook (ru)");
    }

    @Test
    void onAPhoneThePagesStayUsable() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(Site.BASE + "/initiatives/1?lang=ru");
            assertEquals("ru", htmlLang());
            Object overflow = ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
            assertEquals(Boolean.FALSE, overflow, "no horizontal scrolling on a phone");
            assertAccessible("initiative on a phone (ru)");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void aVisitorFindsAnOrganisationInTheDirectoryInArmenianAlsoOnAPhone() throws Exception {
        long organisation = SecurityHeadersIT.organisation();
        browser.manage().deleteAllCookies();
        browser.get(Site.BASE + "/?lang=hy");
        follow(browser.findElement(By.cssSelector("nav.main-nav a[href$='/organisations']")));
        assertEquals("hy", htmlLang());
        assertAccessible("directory of organisations (hy)");

        browser.findElement(By.id("directory-q")).sendKeys("headers civic");
        new Select(browser.findElement(By.id("directory-country"))).selectByValue("AM");
        follow(browser.findElement(By.cssSelector(".directory-filters button[type='submit']")));
        assertTrue(browser.getCurrentUrl().contains("country=AM"), browser.getCurrentUrl());
        assertAccessible("directory filtered (hy)");
        follow(browser.findElement(By.cssSelector("table.data-table a[href*='/organisations/" + organisation + "/']")));
        assertEquals("Headers Civic Lab", browser.findElement(By.tagName("h1")).getText());
        assertAccessible("organisation (hy)");

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(Site.BASE + "/organisations?lang=hy");
            JavascriptExecutor script = (JavascriptExecutor) browser;
            Object overflow = script.executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth + 1");
            assertEquals(Boolean.FALSE, overflow, () -> "no horizontal scrolling on a phone; too wide: "
                    + script.executeScript("return Array.from(document.querySelectorAll('body *')).filter(e => "
                    + "e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '.'"
                    + " + e.className).slice(0, 8).join(' ')"));
            assertAccessible("directory on a phone (hy)");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }
}
