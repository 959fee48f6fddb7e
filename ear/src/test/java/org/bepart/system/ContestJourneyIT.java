package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contest from start to finish in Chromium: an editor publishes it; a visitor enters a drawing (accepted, awaiting
 * moderation); a minor without the guardian's consent is refused in French; an entry sent after the contest closed is
 * refused; the editor approves, the jury scores, the editor announces the winner, who shows in the gallery. axe checks
 * every contest page. Changes no initiative.
 */
class ContestJourneyIT {

    private static final String MARK = UUID.randomUUID().toString().substring(0, 8);
    private static final String CONTEST = "Draw the wind of change " + MARK;
    private static final String WORK = "Turbines over Lake Sevan " + MARK;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ZoneId ZONE = ZoneId.of("Asia/Yerevan");

    private static Browser editor;
    private static Browser visitor;

    @BeforeAll
    static void openBrowsers() {
        editor = new Browser("en");
        visitor = new Browser("en");
    }

    @AfterAll
    static void closeBrowsers() {
        editor.close();
        visitor.close();
    }

    private static Path drawing() {
        return TestImages.pngFile("drawing-" + MARK, 640, 480);
    }

    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** The element with {@code xpath} inside the article (or row) that names {@code title}. */
    private static WebElement inArticle(Browser browser, String title, String xpath) {
        return browser.find(By.xpath("//article[.//*[normalize-space(.)=" + literal(title) + "]]" + xpath));
    }

    private static String literal(String text) {
        return "'" + text + "'";
    }

    /** A visitor's entry form with everything but consent and the work. */
    private static void fillEntry(String name, String age, String title) {
        visitor.fill("Participant’s name", name);
        visitor.fill("Age", age);
        visitor.fill("Contact e-mail", "family-" + MARK + "@example.org");
        visitor.fill("Title of the work", title);
    }

    @Test
    void aContestFromTheCallToTheWinnersGallery() throws Exception {
        // The editor (the first administrator: also editor and reviewer) publishes a contest open for three weeks.
        editor.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
        editor.open("/admin/contests?lang=en");
        assertTrue(editor.text().contains("New contest"), editor.text());
        editor.assertAccessible("back office: contests");
        editor.follow(editor.action("New contest"));
        editor.assertAccessible("back office: new contest");
        editor.fill("Title", CONTEST);
        editor.fill("Description", "Show how wind and sun can power your village, fairly for everybody.");
        editor.fill("Rules", "One drawing per participant, aged 8 to 17.");
        LocalDateTime now = LocalDateTime.now(ZONE);
        setValue(editor, "contest:opensAt", LOCAL.format(now.minusDays(1)));
        setValue(editor, "contest:closesAt", LOCAL.format(now.plusDays(21)));
        editor.follow(editor.action("Preview"));
        String preview = editor.find(By.cssSelector(".news-preview")).getText();
        assertTrue(preview.contains(CONTEST) && preview.contains("Ages 8–17")
                && preview.contains("fairly for everybody") && preview.contains("One drawing per participant"), preview);
        assertEquals("Show how wind and sun can power your village, fairly for everybody.",
                editor.labelled("Description").getAttribute("value"), "the preview keeps the form as typed");
        editor.assertAccessible("back office: contest preview");
        editor.follow(editor.action("Publish"));
        assertTrue(editor.text().contains("The contest is published."), editor.text());
        String url = editor.driver.getCurrentUrl();
        String id = url.replaceAll(".*[?&]id=([0-9]+).*", "$1");
        assertTrue(id.matches("[0-9]+"), url);
        editor.assertAccessible("back office: published contest");

        // A visitor finds it among the open contests with its deadline and enters a drawing.
        visitor.open("/contests?lang=en");
        assertTrue(visitor.text().contains(CONTEST), visitor.text());
        assertTrue(visitor.text().contains("Deadline"), visitor.text());
        visitor.assertAccessible("contests");
        visitor.follow(visitor.driver.findElement(By.linkText(CONTEST)));
        assertTrue(visitor.text().contains("Ages 8–17") && visitor.text().contains("Asia/Yerevan"), visitor.text());
        visitor.assertAccessible("contest page");
        visitor.follow(visitor.action("Take part"));
        assertTrue(visitor.driver.getCurrentUrl().contains("/contests/" + id + "/enter"));
        visitor.assertAccessible("entry form");
        fillEntry("Anahit P.", "12", WORK);
        visitor.find(By.id("entry:consent")).click();
        visitor.fill("Name of the parent or guardian", "Mariam Petrosyan");
        visitor.labelled("Picture").sendKeys(drawing().toAbsolutePath().toString());
        visitor.follow(visitor.action("Send my entry"));
        assertTrue(visitor.text().contains("Your entry was received and awaits moderation"), visitor.text());
        visitor.assertAccessible("entry sent");
        visitor.open("/contests/" + id + "?lang=en");
        assertFalse(visitor.text().contains(WORK), "not shown before moderation");

        // A minor without the consent of a parent or guardian is refused, in the reader's language (French).
        visitor.open("/contests/" + id + "/enter?lang=fr");
        visitor.fill("Nom du participant", "Aram");
        visitor.fill("Âge", "11");
        visitor.fill("Adresse e-mail de contact", "aram-" + MARK + "@example.org");
        visitor.fill("Titre de l’œuvre", "Le soleil de Gyumri");
        visitor.labelled("Image").sendKeys(drawing().toAbsolutePath().toString());
        visitor.follow(visitor.action("Envoyer ma participation"));
        assertTrue(visitor.text().contains("Les participants de moins de 18 ans ont besoin du consentement d’un parent"
                + " ou tuteur"), visitor.text());
        assertEquals("Aram", visitor.labelled("Nom du participant").getAttribute("value"), "what was typed is kept");
        visitor.assertAccessible("entry refused in French");

        // An entry sent after the contest closed is refused: the form was open, the deadline passed meanwhile.
        visitor.open("/contests/" + id + "/enter?lang=en");
        fillEntry("Late Lusine", "15", "Too late " + MARK);
        visitor.find(By.id("entry:consent")).click();
        visitor.fill("Name of the parent or guardian", "Gohar");
        visitor.labelled("Picture").sendKeys(drawing().toAbsolutePath().toString());
        editor.open("/admin/contests/edit?id=" + id + "&lang=en");
        setValue(editor, "contest:opensAt", LOCAL.format(now.minusDays(2)));
        setValue(editor, "contest:closesAt", LOCAL.format(LocalDateTime.now(ZONE).minusMinutes(1)));
        editor.follow(editor.action("Save"));
        assertTrue(editor.text().contains("The contest is saved."), editor.text());
        visitor.follow(visitor.action("Send my entry"));
        assertTrue(visitor.text().contains("The contest is closed: its deadline has passed"), visitor.text());
        visitor.open("/contests/" + id + "/enter?lang=en");
        assertTrue(visitor.text().contains("This contest is closed"), visitor.text());
        assertTrue(visitor.driver.findElements(By.id("entry:send")).isEmpty(), "no form after the deadline");
        visitor.assertAccessible("closed contest's entry page");

        // The editor approves the entry.
        editor.open("/admin/contests/entries?id=" + id + "&lang=en");
        assertTrue(editor.text().contains(WORK) && editor.text().contains("Mariam Petrosyan"), editor.text());
        assertFalse(editor.text().contains("Too late " + MARK), "the late entry was never stored");
        editor.assertAccessible("back office: moderation");
        editor.follow(inArticle(editor, WORK, "//input[@value='Approve']"));
        assertTrue(editor.text().contains("The entry is approved"), editor.text());

        // The jury scores it.
        editor.open("/admin/jury?lang=en");
        assertTrue(editor.text().contains(WORK), editor.text());
        editor.assertAccessible("back office: jury");
        new Select(editor.labelled("Your score for «" + WORK + "»")).selectByVisibleText("9");
        editor.fill("Your note on «" + WORK + "»", "Bright and hopeful");
        editor.follow(inArticle(editor, WORK, "//input[@value='Save score']"));
        assertTrue(editor.text().contains("Your score is saved."), editor.text());
        assertEquals("9", new Select(editor.labelled("Your score for «" + WORK + "»")).getFirstSelectedOption()
                .getText());

        // The editor announces the winners from the averages.
        editor.open("/admin/contests/entries?id=" + id + "&lang=en");
        assertTrue(editor.text().contains("9.00"), editor.text());
        editor.follow(editor.action("Announce the winners"));
        assertTrue(editor.text().contains("The winners are announced."), editor.text());
        editor.assertAccessible("back office: winners announced");
        editor.open("/admin/audit?lang=en");
        assertTrue(editor.text().contains(CONTEST) && editor.text().contains("Winners announced"), editor.text());

        // Everybody sees the winner in the gallery.
        visitor.open("/contests/" + id + "?lang=en");
        WebElement winners = visitor.find(By.cssSelector(".contest-winners"));
        assertTrue(winners.getText().contains(WORK) && winners.getText().contains("1. place"), winners.getText());
        WebElement image = winners.findElement(By.tagName("img"));
        ((JavascriptExecutor) visitor.driver).executeScript("arguments[0].scrollIntoView()", image);
        new WebDriverWait(visitor.driver, Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", image)).intValue() > 0);
        assertTrue(visitor.text().contains("This contest is closed"), visitor.text());
        visitor.assertAccessible("contest with winners");

        visitor.open("/?lang=en");
        assertTrue(visitor.text().contains("Open contests"), visitor.text());
        assertFalse(visitor.text().contains(CONTEST), "a closed contest is not among the open ones");
        visitor.assertAccessible("home page with open contests");
    }

    @Test
    void theDemoContestsAndBadAddresses() {
        HttpResponse<String> list = Site.get("/contests?lang=en");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Draw a fair green transition"), "the open demo contest");
        assertTrue(list.body().contains("My neighbourhood saves energy"), "the past demo contest");
        assertTrue(list.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "the list creates no session");
        assertTrue(Site.get("/?lang=en").body().contains("Draw a fair green transition"), "on the home page");
        for (String path : List.of("/contests/999999", "/contests/abc", "/contests/999999/enter",
                "/contests/media/999999")) {
            assertEquals(404, Site.get(path).statusCode(), path);
        }
        HttpResponse<String> admin = Site.get("/admin/contests");
        assertTrue(admin.statusCode() == 302 || admin.statusCode() == 303 || admin.statusCode() == 200
                && admin.body().contains("login"), "the back office asks to sign in: " + admin.statusCode());
    }
}
