package org.bepart.system;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor publishes a news item with a cover image in English and French through the back office; readers find it
 * on /news, on the home page and in the RSS and Atom feeds (read by Rome, a real feed parser); markup meant to run
 * script never runs; axe finds no WCAG 2.1 AA violation on the public and back-office pages.
 */
class NewsJourneyIT {

    private static final String MARK = UUID.randomUUID().toString().substring(0, 8);
    private static final String TITLE_EN = "Youth drawing contest opens " + MARK;
    private static final String TITLE_FR = "Ouverture du concours de dessin " + MARK;
    /** What an attacker would post instead of the editor's own HTML: a script and an event handler. */
    private static final String HOSTILE = "<p>Draw the town you want " + MARK + ".</p>"
            + "<script>window.bepartXss = 'script';alert('script')</script>"
            + "<img src=\"/news/images/1\" onerror=\"window.bepartXss='onerror';alert('onerror')\">"
            + "<p><a href=\"javascript:window.bepartXss='link'\">rules</a></p>";

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser("en");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(js, arguments);
    }

    /** The button that shows a language's fields in the editor. */
    private WebElement tab(String language) {
        return browser.find(By.cssSelector("input.language-tab[lang='" + language + "']"));
    }

    /** Types into the body editor (Quill) as a person does. */
    private void typeBody(String text) {
        WebElement editable = browser.find(By.cssSelector(".ui-texteditor .ql-editor"));
        editable.click();
        editable.sendKeys(text);
    }

    private void assertNoScriptRan(String page) {
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert(), page + ": an alert opened");
        assertEquals(null, script("return window.bepartXss === undefined ? null : String(window.bepartXss)"),
                page + ": injected script ran");
    }

    private static SyndFeed feed(String path) throws Exception {
        HttpResponse<String> response = Site.get(path);
        assertEquals(200, response.statusCode(), path);
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    private static String text(SyndEntry entry) {
        return entry.getContents().stream().map(SyndContent::getValue).collect(Collectors.joining())
                + (entry.getDescription() == null ? "" : entry.getDescription().getValue());
    }

    @Test
    void anEditorPublishesAnIllustratedItemInTwoLanguagesThatReadersFindEverywhere() throws Exception {
        browser.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);

        browser.open("/admin/news?lang=en");
        assertTrue(browser.text().contains("News items"), browser.text());
        browser.assertAccessible("back office: news items");

        browser.follow(browser.action("New item"));
        assertTrue(browser.driver.getCurrentUrl().contains("/admin/news/edit"), browser.driver.getCurrentUrl());
        browser.assertAccessible("back office: new news item");

        new Select(browser.labelled("Category")).selectByVisibleText("Announcement");
        browser.fill("Title", TITLE_EN);
        browser.fill("Teaser", "Children and young people draw a fair green transition.");
        typeBody("<script>window.bepartXss='typed'</script> <img src=x onerror=window.bepartXss='typed'>");
        browser.labelled("Or upload a new image")
                .sendKeys(TestImages.pngFile("cover-" + MARK, 800, 500).toAbsolutePath().toString());
        browser.follow(browser.action("Upload as cover"));
        assertTrue(browser.text().contains("The image was added to the library and chosen as cover"), browser.text());
        assertEquals(TITLE_EN, browser.labelled("Title").getAttribute("value"), "what was typed is kept");
        browser.fill("Description of the cover image", "A white sun over a green field");

        browser.follow(tab("fr"));
        assertTrue(browser.text().contains("Texts in Français"), browser.text());
        assertEquals("true", tab("fr").getAttribute("aria-pressed"));
        assertTrue(tab("en").getAttribute("value").endsWith("✓"), "English has texts");
        browser.fill("Title", TITLE_FR);
        typeBody("Les enfants dessinent une transition verte équitable.");
        browser.fill("Description of the cover image", "Un soleil blanc sur un champ vert");

        browser.follow(tab("en"));
        assertEquals(TITLE_EN, browser.labelled("Title").getAttribute("value"), "the English texts were kept");
        // What a hostile request would carry instead of the editor's HTML: it reaches the server as it is.
        script("document.getElementById('news:body_input').value = arguments[0];", HOSTILE);

        browser.follow(browser.action("Preview"));
        WebElement preview = browser.find(By.cssSelector(".news-preview"));
        assertTrue(preview.getText().contains(TITLE_EN), preview.getText());
        assertNoScriptRan("preview");
        browser.assertAccessible("back office: preview");

        browser.follow(browser.action("Publish now"));
        assertTrue(browser.text().contains("The news item is published."), browser.text());
        String url = browser.driver.getCurrentUrl();
        assertTrue(url.matches(".*/admin/news/edit\\?id=[0-9]+.*"), url);
        String id = url.replaceAll(".*[?&]id=([0-9]+).*", "$1");
        assertNoScriptRan("editor after publishing");
        browser.assertAccessible("back office: published item");

        browser.open("/admin/audit?lang=en");
        assertTrue(browser.text().contains(TITLE_EN), "audit trail names the item");
        assertTrue(browser.text().contains("Published") && browser.text().contains("Image uploaded"), browser.text());
        browser.assertAccessible("back office: audit trail");

        browser.open("/admin/news/images?lang=en");
        browser.assertAccessible("back office: image library");

        browser.signOut();

        browser.open("/news?lang=en");
        assertTrue(browser.text().contains(TITLE_EN), browser.text());
        assertEquals(2, browser.driver.findElements(By.cssSelector("link[rel=alternate][type^='application/']")).size(),
                "RSS and Atom in the head");
        browser.assertAccessible("news list");
        browser.open("/news?lang=en&category=announcement");
        assertTrue(browser.text().contains(TITLE_EN));
        browser.open("/news?lang=en&category=event");
        assertFalse(browser.text().contains(TITLE_EN), "category filter");

        browser.open("/news?lang=fr");
        browser.follow(browser.driver.findElement(By.linkText(TITLE_FR)));
        assertTrue(browser.driver.getCurrentUrl().contains("/news/" + id + "/"), browser.driver.getCurrentUrl());
        assertTrue(browser.text().contains("Les enfants dessinent"), browser.text());
        WebElement image = browser.find(By.cssSelector(".news-cover img"));
        assertEquals("Un soleil blanc sur un champ vert", image.getAttribute("alt"));
        assertTrue(((Number) script("return arguments[0].naturalWidth", image)).intValue() > 0, "the cover loads");
        browser.assertAccessible("news item in French");

        browser.open("/news/" + id + "?lang=en");
        assertTrue(browser.text().contains("Draw the town you want " + MARK), browser.text());
        String source = browser.driver.getPageSource();
        assertFalse(source.contains("bepartXss"), "no trace of the injected script or handler in the page");
        assertFalse(source.toLowerCase().contains("onerror"), "no event handler in the page");
        assertFalse(source.toLowerCase().contains("javascript:"), "no javascript: link in the page");
        assertNoScriptRan("news item");
        assertTrue(browser.text().contains("Latest news"));
        browser.assertAccessible("news item in English");

        browser.open("/?lang=en");
        assertTrue(browser.text().contains(TITLE_EN), "the home page shows the latest news");

        SyndFeed rss = feed("/news/feed.rss?lang=en&category=announcement");
        assertEquals("rss_2.0", rss.getFeedType());
        SyndEntry rssEntry = rss.getEntries().stream().filter(e -> TITLE_EN.equals(e.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("not in the RSS feed"));
        assertTrue(rssEntry.getLink().contains("/news/" + id), rssEntry.getLink());
        assertNotNull(rssEntry.getPublishedDate());
        assertFalse(text(rssEntry).contains("bepartXss"), text(rssEntry));

        SyndFeed atom = feed("/news/feed.atom?lang=fr");
        assertEquals("atom_1.0", atom.getFeedType());
        SyndEntry atomEntry = atom.getEntries().stream().filter(e -> TITLE_FR.equals(e.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("not in the French Atom feed"));
        assertTrue(atomEntry.getLink().contains("/news/" + id) && atomEntry.getLink().contains("lang=fr"));
        assertTrue(text(atomEntry).contains("Les enfants dessinent"), text(atomEntry));
        List<String> titles = feed("/news/feed.atom?lang=en&category=event").getEntries().stream()
                .map(SyndEntry::getTitle).toList();
        assertFalse(titles.contains(TITLE_EN), "category feeds hold only their category");
        assertEquals(404, Site.get("/news/feed.rss?category=nonsense").statusCode());
    }

    @Test
    void theNewsPagesAreStatelessAndAnswerBadAddressesCalmly() {
        for (String path : List.of("/news", "/news?category=announcement&lang=hy", "/news/1", "/news/feed.rss",
                "/news/feed.atom?lang=ru")) {
            HttpResponse<String> response = Site.get(path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " creates no session");
        }
        assertEquals(404, Site.get("/news/999999").statusCode());
        assertEquals(404, Site.get("/news/images/999999").statusCode());
        assertEquals(200, Site.get("/news?page=-3&month=2026-99&category=%3Cscript%3E").statusCode());
        HttpResponse<String> editor = Site.get("/admin/news");
        assertTrue(editor.statusCode() == 302 || editor.statusCode() == 303 || editor.statusCode() == 200
                && editor.body().contains("login"), "the back office asks to sign in: " + editor.statusCode());
    }
}
