package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page that runs scripts still works under the Content-Security-Policy, in Chromium, and none logs a console
 * error or a policy violation: the statistics' charts, the map, the catalogue's suggestions, the news editor, a
 * button that asks for confirmation, and the submission form's place map and image upload. Violations are caught
 * by a listener Chromium adds to every document before the page's own scripts run, errors from the console.
 */
class SecurityPolicyJourneyIT {

    /** Runs in every new document before its scripts; the page's policy does not apply to it. */
    private static final String WATCH = "window.bepartViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.bepartViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' in '"
            + "    + e.sourceFile + ':' + e.lineNumber);"
            + "});";

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser("en");
        ((ChromeDriver) browser.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", WATCH));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private static Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(js, arguments);
    }

    private static <T> T waitFor(String what, Function<org.openqa.selenium.WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(what + " on " + browser.driver.getCurrentUrl() + "; " + problems(), e);
        }
    }

    /**
     * Violations the page saw and console errors since the last look, except resources of other hosts (map tiles
     * offline) and the icon the browser asks for on its own (the site has none).
     */
    private static List<String> problems() {
        List<String> problems = new ArrayList<>();
        Object violations = script("return window.bepartViolations === undefined ? ['no violation watcher']"
                + " : window.bepartViolations");
        for (Object violation : (List<?>) violations) {
            problems.add("violation: " + violation);
        }
        for (LogEntry entry : browser.driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            boolean offSite = message.contains("Failed to load resource") && !message.startsWith(Site.BASE);
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !offSite) {
                problems.add("console: " + message);
            }
        }
        return problems;
    }

    /** No problem on the page shown, but those that start with one of {@code expected}. */
    private static void assertClean(String page, String... expected) {
        List<String> problems = new ArrayList<>(problems());
        problems.removeIf(problem -> Arrays.stream(expected).anyMatch(problem::startsWith));
        assertTrue(problems.isEmpty(), page + ": " + problems);
    }

    @Test
    void pagesWithScriptsWorkUnderThePolicyWithoutAConsoleError() throws IOException {
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            System.err.println(browser.driver.getCurrentUrl() + "\n" + browser.driver.getPageSource());
            throw e;
        }
    }

    private void journey() throws IOException {
        browser.open("/?lang=en");
        assertClean("home");

        // The statistics draw their charts (Chart.js from PrimeFaces' nonced scripts), also from the page cache.
        for (int visit = 0; visit < 2; visit++) {
            browser.open("/statistics?lang=en");
            long canvases = (Long) script("return document.querySelectorAll('canvas').length");
            assertTrue(canvases > 0, "the statistics have charts");
            waitFor("every chart drawn", d -> (Long) script("return window.Chart ? Object.keys(Chart.instances)"
                    + ".length : 0") >= canvases);
            assertClean("statistics");
        }

        // The map places markers fetched from the API.
        browser.open("/map?lang=en");
        String markers = waitFor("the markers", d -> d.findElement(By.id("map")).getAttribute("data-markers"));
        assertTrue(Integer.parseInt(markers) > 0, "markers on the map: " + markers);
        assertFalse(browser.driver.findElements(By.cssSelector("#map .leaflet-marker-icon")).isEmpty());
        assertClean("map");

        // The catalogue's search box suggests titles as the reader types.
        browser.open("/initiatives?lang=en");
        browser.find(By.id("search-text")).sendKeys("Goris");
        waitFor("suggestions", d -> !d.findElements(By.cssSelector("#search-suggestions option")).isEmpty());
        assertTrue(browser.find(By.cssSelector("#search-suggestions option")).getAttribute("value")
                .startsWith("Goris"), "a suggested title");
        assertClean("catalogue with suggestions");

        // A page served from the cache runs its scripts: they carry the nonce its policy names.
        browser.open("/initiatives/3?lang=en");
        browser.open("/initiatives/3?lang=en");
        assertTrue(browser.text().contains("Lessons learned"), browser.text());
        assertClean("an initiative from the cache");

        browser.open("/no-such-page?lang=en");
        assertTrue(browser.text().contains("Page not found"), browser.text());
        assertClean("not found", "console: " + Site.BASE + "/no-such-page?lang=en - Failed to load resource: the "
                + "server responded with a status of 404");
        browser.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
        assertClean("sign-in");

        // The news editor (Quill, with our static script that names its area).
        browser.open("/admin/news/edit?lang=en");
        WebElement editable = waitFor("the editor", ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".ui-texteditor .ql-editor")));
        waitFor("the editor's area named", d -> "textbox".equals(editable.getAttribute("role")));
        editable.click();
        editable.sendKeys("Written under a strict policy");
        assertTrue(editable.getText().contains("Written under a strict policy"), editable.getText());
        assertFalse(browser.driver.findElements(By.cssSelector(".ui-texteditor .ql-toolbar button")).isEmpty(),
                "the editor's toolbar");
        assertClean("news editor");

        // A button that asks first: nothing happens unless the person agrees.
        String organisation = "Policy Civic Lab " + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/account/organisations?lang=en");
        browser.fill("Name of the organisation", organisation);
        new Select(browser.labelled("Kind of organisation")).selectByVisibleText("Civil-society organisation");
        new Select(browser.labelled("Member state")).selectByVisibleText("Armenia");
        browser.follow(browser.action("Create the organisation"));
        assertTrue(browser.text().contains("you are its first member"), browser.text());
        browser.open("/account/organisations?lang=en");
        WebElement leave = browser.find(By.xpath("//tr[td/a[normalize-space(.)='" + organisation
                + "']]//input[@data-confirm]"));
        leave.click();
        Alert confirm = waitFor("the confirmation", ExpectedConditions.alertIsPresent());
        assertEquals("Leave this organisation? You will no longer edit its initiatives.", confirm.getText());
        confirm.dismiss();
        assertTrue(browser.text().contains(organisation), "still a member after saying no");
        assertClean("my organisations");

        // The submission form: the place map sets the point, an image is uploaded and shown.
        browser.open("/account/initiatives?lang=en");
        browser.follow(browser.action("New initiative"));
        new Select(browser.labelled("Organisation submitting the initiative")).selectByVisibleText(organisation);
        browser.fill("Title", "Square planned under a strict policy");
        browser.fill("Summary", "Neighbours planned their square with the municipality.");
        browser.fill("Description", "Two workshops and a vote.");
        browser.follow(browser.action("Save and continue"));
        Matcher id = Pattern.compile("id=([0-9]+)&step=2").matcher(browser.driver.getCurrentUrl());
        assertTrue(id.find(), browser.driver.getCurrentUrl());
        WebElement place = waitFor("the place map", ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#place-map.leaflet-container")));
        new Actions(browser.driver).moveToElement(place, 15, 10).click().perform();
        assertFalse(browser.labelled("Latitude").getAttribute("value").isEmpty(), "the map click set the latitude");
        assertClean("submission step 2");

        browser.open("/account/initiatives/edit?id=" + id.group(1) + "&step=5&lang=en");
        browser.labelled("Image or PDF document").sendKeys(TestImages.pngFile("policy", 640, 400).toString());
        browser.fill("Caption or title of the file", "Square workshop");
        browser.follow(browser.action("Upload the file"));
        assertTrue(browser.text().contains("has been added"), browser.text());
        WebElement thumbnail = browser.find(By.xpath("//img[contains(@src, '/media/')]"));
        waitFor("the uploaded image shown", d -> (Boolean) script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail));
        assertClean("submission step 5 with an image");
    }
}
