package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Translations by people, as the "done when" says: a French reader asks for a French translation of an
 * Armenian initiative; the translator of French is told, finds it in the queue, is refused bad input with translated
 * messages that keep what was typed, and publishes; the reader finds the initiative by a French word and reads it in
 * French; the contributor edits the Armenian original; the French page then says which parts are out of date, and the
 * translator sees what changed in the original word by word. Every page passes axe.
 */
class TranslationJourneyIT {

    private static final long ORGANISATION = 992_001;
    private static final long CONTRIBUTOR = 992_002;
    private static final long TRANSLATOR = 992_003;
    private static final long READER = 992_004;
    private static final long INITIATIVE = 992_005;
    private static final String CONTRIBUTOR_EMAIL = "translation-contributor@example.org";
    private static final String TRANSLATOR_EMAIL = "translation-translator@example.org";
    private static final String READER_EMAIL = "translation-reader@example.org";
    private static final String PAGE = "/initiatives/" + INITIATIVE;
    private static final String SHEET = "/account/translation?initiative=" + INITIATIVE + "&language=fr";
    private static final String FRENCH_TITLE = "Audiences de la jeunesse de Gumri";
    private static final String FRENCH_SUMMARY = "Les lycéens interrogent le conseil municipal sur les jardins "
            + "partagés.";

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

    /** An Armenian initiative (public) of an organisation with its contributor; a translator of French; a reader. */
    @BeforeAll
    static void anArmenianInitiative() throws SQLException {
        try (Connection db = database()) {
            String hash;
            try (PreparedStatement s = db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
                s.setString(1, Site.ADMIN_EMAIL);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "the first administrator exists");
                    hash = r.getString(1);
                }
            }
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, 'Gyumri Youth Forum', "
                    + "'CIVIL_SOCIETY', 'AM', NOW())", ORGANISATION);
            TestAccounts.insert(db, CONTRIBUTOR, CONTRIBUTOR_EMAIL, "Armen Contributor", hash, "CONTRIBUTOR",
                    ORGANISATION);
            TestAccounts.insert(db, TRANSLATOR, TRANSLATOR_EMAIL, "Claire Translator", hash, "TRANSLATOR", null);
            exec(db, "UPDATE account SET language = 'FR' WHERE id = ?", TRANSLATOR);
            TestAccounts.translatesInto(db, TRANSLATOR, "FR");
            TestAccounts.insert(db, READER, READER_EMAIL, "Louise Reader", hash, "CONTRIBUTOR", null);
            exec(db, "UPDATE account SET language = 'FR' WHERE id = ?", READER);
            exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, municipality, "
                    + "created_at, updated_at, submitted_at, owner_id, wizard_step) VALUES (?, 'SUBMITTED', 'HY', "
                    + "'AM', 'LOCAL', 'Gyumri', NOW(), NOW(), NOW(), ?, 6)", INITIATIVE, ORGANISATION);
            exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary, description) VALUES (?, "
                    + "'HY', 'Գյումրու երիտասարդական լսումներ', 'Աշակերտները հարցեր են տալիս ավագանուն համայնքային "
                    + "այգիների մասին։', 'Երեք հանդիպում դպրոցներում։')", INITIATIVE);
            exec(db, "INSERT INTO content_change (kind, entity_id, changed_at) VALUES ('INITIATIVE', ?, NOW())",
                    INITIATIVE);
        }
    }

    /** The initiative leaves the public ones, so that later counts stay as they were. */
    @AfterAll
    static void leave() throws SQLException {
        try (Connection db = database()) {
            exec(db, "DELETE FROM notification WHERE recipient_id IN (?, ?, ?)", CONTRIBUTOR, TRANSLATOR, READER);
            TestContent.reject(db, java.util.List.of(INITIATIVE));
        }
    }

    private static void script(Browser browser, String js, Object... arguments) {
        ((JavascriptExecutor) browser.driver).executeScript(js, arguments);
    }

    /** Sets the translation's field {@code field} (by its data-field attribute) to {@code value}. */
    private static void type(Browser browser, String field, String value) {
        script(browser, "document.querySelector('textarea[data-field=\"' + arguments[0] + '\"]').value = arguments[1];",
                field, value);
    }

    private static String typed(Browser browser, String field) {
        return browser.find(By.cssSelector("textarea[data-field='" + field + "']")).getAttribute("value");
    }

    @Test
    void aTranslatorAnswersAFrenchRequestAndSeesWhatChangedInTheOriginal() throws Exception {
        try (Mailbox mailbox = new Mailbox(); Browser reader = new Browser("fr"); Browser translator = new Browser("fr");
             Browser contributor = new Browser("en")) {
            // the French reader gets the Armenian original and asks for French
            reader.signIn(READER_EMAIL, Site.ADMIN_PASSWORD);
            reader.open(PAGE + "?lang=fr");
            assertEquals("hy", reader.find(By.cssSelector("h1")).getAttribute("lang"), "the original for now");
            reader.assertAccessible("an untranslated initiative with the request form (fr)");
            reader.follow(reader.find(By.id("translate-request")));
            assertTrue(reader.text().contains("Merci : la demande est transmise aux traducteurs."), reader.text());
            reader.follow(reader.find(By.id("translate-request")));
            assertTrue(reader.text().contains("Vous avez déjà demandé cette traduction."), reader.text());
            reader.assertAccessible("the request refused the second time (fr)");

            // the translator of French is told, in French, and finds it in the queue
            assertTrue(mailbox.receives(TRANSLATOR_EMAIL, "Bonjour Claire Translator"), "the translator is told");
            translator.signIn(TRANSLATOR_EMAIL, Site.ADMIN_PASSWORD);
            translator.open("/admin/translations?lang=fr");
            WebElement row = translator.find(By.xpath("//table[@id='translations-table']//tr[th/a[contains(@href, '"
                    + PAGE + "')]]"));
            assertTrue(row.getText().contains("français") && row.getText().contains("Pas encore traduite"),
                    row.getText());
            assertTrue(translator.find(By.id("tab-fr")).getText().matches("français \\([1-9][0-9]*\\)"),
                    translator.find(By.id("tab-fr")).getText());
            translator.assertAccessible("the translators' queue (fr)");
            translator.follow(row.findElement(By.linkText("Traduire")));
            assertTrue(translator.driver.getCurrentUrl().endsWith(SHEET), translator.driver.getCurrentUrl());
            assertTrue(translator.find(By.id("original-summary")).getText().contains("Աշակերտները"),
                    "the original beside");
            translator.assertAccessible("the translation sheet (fr)");

            // bad input: translated messages, what was typed kept
            type(translator, "title", "T".repeat(201));
            type(translator, "summary", FRENCH_SUMMARY);
            translator.follow(translator.action("Publier"));
            assertTrue(translator.text().contains("Titre : le texte est trop long ; veuillez le raccourcir."),
                    translator.text());
            assertEquals(201, typed(translator, "title").length(), "the title is kept");
            assertEquals(FRENCH_SUMMARY, typed(translator, "summary"), "the summary is kept");
            translator.assertAccessible("the translation sheet with its message (fr)");
            type(translator, "title", FRENCH_TITLE);
            type(translator, "description", "Trois rencontres <b onclick=\"x()\">dans les écoles</b>.");
            translator.follow(translator.action("Publier"));
            assertTrue(translator.text().contains("Description : veuillez écrire du texte simple, sans balises HTML."),
                    translator.text());
            assertTrue(typed(translator, "description").contains("<b onclick"), "the description is kept");
            type(translator, "description", "Trois rencontres\u0007 dans les écoles.");
            translator.follow(translator.action("Publier"));
            assertTrue(translator.text().contains("Description : le texte contient des caractères de contrôle"),
                    translator.text());
            type(translator, "description", "Trois rencontres dans les écoles.");
            translator.follow(translator.action("Publier"));
            assertTrue(translator.text().contains("La traduction est publiée"), translator.text());
            assertTrue(translator.text().contains("Claire Translator"), "who made it");
            assertTrue(translator.find(By.id("translation-facts")).getText().contains("Publiée"),
                    translator.find(By.id("translation-facts")).getText());

            // the reader finds it by a French word and reads it in French
            String found = "";
            for (int i = 0; i < 60 && !found.contains(FRENCH_TITLE); i++) {
                reader.open("/initiatives?q=lyc%C3%A9ens&lang=fr");
                found = reader.text();
                Thread.sleep(500);
            }
            assertTrue(found.contains(FRENCH_TITLE), "found by a French word: " + found);
            reader.assertAccessible("the catalogue finding a translation (fr)");
            reader.open("/initiatives?available=yes&q=Gumri&lang=fr");
            assertTrue(reader.text().contains(FRENCH_TITLE), "available in French: " + reader.text());
            reader.open(PAGE + "?lang=fr");
            WebElement heading = reader.find(By.cssSelector("h1"));
            assertEquals(FRENCH_TITLE, heading.getText());
            assertEquals("fr", heading.getAttribute("lang"));
            assertTrue(reader.text().contains(FRENCH_SUMMARY), reader.text());
            assertTrue(reader.driver.findElements(By.id("outdated-note")).isEmpty(), "up to date");
            assertTrue(reader.driver.findElements(By.id("translate-request")).isEmpty(), "nothing to ask for");

            // the contributor edits the Armenian original's summary
            contributor.signIn(CONTRIBUTOR_EMAIL, Site.ADMIN_PASSWORD);
            contributor.open("/account/initiatives/edit?id=" + INITIATIVE + "&step=1&lang=en");
            contributor.fill("Summary", "Աշակերտները և ուսուցիչները հարցեր են տալիս ավագանուն համայնքային "
                    + "այգիների մասին։");
            contributor.follow(contributor.action("Save and continue"));
            assertTrue(contributor.driver.getCurrentUrl().contains("step=2"), contributor.driver.getCurrentUrl()
                    + contributor.text());

            // the French page says which part is out of date
            reader.open(PAGE + "?lang=fr");
            WebElement note = reader.find(By.id("outdated-note"));
            assertTrue(note.getText().contains("L’original (arménien) a changé depuis cette traduction")
                    && note.getText().contains("Résumé"), note.getText());
            assertFalse(note.getText().contains("Titre"), "the title did not change: " + note.getText());
            reader.assertAccessible("a translation partly out of date (fr)");

            // the translator sees what changed in the original, word by word
            translator.open(SHEET);
            assertTrue(translator.find(By.id("translation-outdated")).isDisplayed());
            WebElement changes = translator.find(By.id("changes-summary"));
            assertTrue(changes.findElement(By.tagName("ins")).getText().contains("և ուսուցիչները"),
                    "the added words: " + changes.getText());
            assertTrue(changes.findElements(By.tagName("del")).isEmpty(), "nothing removed: " + changes.getText());
            assertTrue(translator.driver.findElements(By.id("changes-title")).isEmpty(), "the title is up to date");
            translator.assertAccessible("the translation sheet with what changed (fr)");
        }
        // readers without a session: the cached French page follows
        String page = "";
        for (int i = 0; i < 40 && !page.contains("outdated-note"); i++) {
            HttpResponse<String> response = Site.get(PAGE + "?lang=fr");
            page = response.body();
            Thread.sleep(250);
        }
        assertTrue(page.contains(FRENCH_TITLE) && page.contains("outdated-note"), page);
        assertFalse(page.contains("translate-request"), "no form for readers without a session");
    }

    @Test
    void visitorsAreSentToSignIn() {
        HttpResponse<String> anonymous = Site.post("/translate", "initiative=" + INITIATIVE + "&language=fr");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login"));
        assertEquals(405, Site.get("/translate").statusCode());
    }
}
