package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A French-speaking person follows the theme "Youth" from the catalogue and chooses a weekly digest; a reviewer
 * validates an initiative of that theme; the person is told in the app at once, and once the weekly digest is due
 * (the test dates the last one a week back) it arrives, once, in French, however often the job runs; the person
 * stops the mails by the digest's own link. axe on every new page; a forged form gets a translated message.
 */
class FollowJourneyIT {

    private static final long ORGANISATION = 990_971;
    private static final long PERSON = 990_972;
    private static final long INITIATIVE = 990_973;
    private static final String EMAIL = "theme-follower@example.org";
    private static final String TITLE = "Youth parliament of Gyumri listens to schools";
    private static final String THEME = "youth";
    private static final long THEME_ID = 4;

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

    private static String delivery() throws SQLException {
        try (Connection db = database(); PreparedStatement s = db.prepareStatement(
                "SELECT delivery FROM follow_setting WHERE account_id = ?")) {
            s.setLong(1, PERSON);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** A person who reads French, and an initiative of the theme waiting for review (of an organisation of theirs). */
    @BeforeAll
    static void aPersonAndAnInitiativeUnderReview() throws SQLException {
        try (Connection db = database()) {
            String hash;
            try (PreparedStatement s = db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
                s.setString(1, Site.ADMIN_EMAIL);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "the first administrator exists");
                    hash = r.getString(1);
                }
            }
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, 'Gyumri Youth Union', "
                    + "'CIVIL_SOCIETY', 'AM', NOW())", ORGANISATION);
            TestAccounts.insert(db, PERSON, EMAIL, "Camille Suiveuse", hash, "CONTRIBUTOR", null);
            exec(db, "UPDATE account SET language = 'FR' WHERE id = ?", PERSON);
            exec(db, "INSERT INTO initiative (id, version, status, original_language, country, region, municipality,"
                    + " government_level, ongoing, cso_name, authority_name, created_at, submitted_at, updated_at,"
                    + " owner_id, wizard_step) VALUES (?, 1, 'UNDER_REVIEW', 'EN', 'AM', 'Shirak', 'Gyumri', 'LOCAL',"
                    + " FALSE, 'Gyumri Youth Union', 'Gyumri City Council', NOW() - INTERVAL '2 days',"
                    + " NOW() - INTERVAL '2 days', NOW() - INTERVAL '1 day', ?, 6)", INITIATIVE, ORGANISATION);
            exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary, description) VALUES (?, "
                    + "'EN', ?, 'Pupils bring their proposals to the council.', 'Hearings in every school.')",
                    INITIATIVE, TITLE);
            exec(db, "INSERT INTO initiative_stage (initiative_id, stage) VALUES (?, 'DRAFTING')", INITIATIVE);
            exec(db, "INSERT INTO initiative_term (initiative_id, term_id) VALUES (?, ?)", INITIATIVE, THEME_ID);
        }
    }

    /** The initiative leaves the public ones (other tests count the demo's), the person's follows go. */
    @AfterAll
    static void leave() throws SQLException {
        try (Connection db = database()) {
            TestContent.reject(db, List.of(INITIATIVE));
            exec(db, "DELETE FROM follow WHERE account_id = ?", PERSON);
            exec(db, "DELETE FROM follow_item WHERE account_id = ?", PERSON);
        }
    }

    @Test
    void aFollowerOfAThemeGetsOneWeeklyDigestInTheirLanguageAndUnsubscribesByItsLink() throws Exception {
        try (Mailbox mailbox = new Mailbox(); Browser person = new Browser("fr"); Browser reviewer = new Browser("en")) {
            person.signIn(EMAIL, Site.ADMIN_PASSWORD);
            person.open("/initiatives?theme=" + THEME + "&lang=fr");

            // A forged form (a theme that is no code) is refused with a translated message, shown on the list of
            // follows (the forged theme has no page to go back to).
            ((JavascriptExecutor) person.driver).executeScript(
                    "document.querySelector('#follow input[name=key]').value = 'no such theme';");
            person.follow(person.find(By.cssSelector("#follow button")));
            assertTrue(person.driver.getCurrentUrl().contains("/account/following"), person.driver.getCurrentUrl());
            assertTrue(person.text().contains("Impossible de suivre ceci : l’adresse n’est pas valide."),
                    person.text());

            person.open("/initiatives?theme=" + THEME + "&lang=fr");
            person.follow(person.find(By.cssSelector("#follow button")));
            assertTrue(person.text().contains("Vous suivez désormais ceci."), person.text());
            assertTrue(person.find(By.id("follow")).getText().contains("Ne plus suivre"), person.text());
            person.assertAccessible("the catalogue of a followed theme");
            person.open("/initiatives/1?lang=fr");
            assertTrue(person.find(By.id("follow")).getText().contains("Suivre"), person.text());
            person.assertAccessible("an initiative's page with its follow button");

            person.open("/account/following?lang=fr");
            assertTrue(person.find(By.id("following-list")).getText().contains("Jeunesse"), person.text());
            person.labelled("Un résumé quotidien").click();
            person.follow(person.find(By.id("delivery-save")));
            assertEquals("DAILY", delivery());
            person.labelled("Un résumé hebdomadaire").click();
            person.follow(person.find(By.id("delivery-save")));
            assertTrue(person.text().contains("Votre choix est enregistré."), person.text());
            assertEquals("WEEKLY", delivery());
            person.assertAccessible("what I follow");

            // A reviewer validates an initiative of the theme.
            reviewer.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
            reviewer.open("/admin/review?id=" + INITIATIVE + "&lang=en");
            List<WebElement> principles = reviewer.driver.findElements(By.cssSelector("fieldset.principle"));
            principles.forEach(p -> p.findElement(By.cssSelector("input[type=radio][value=MET]")).click());
            reviewer.follow(reviewer.action("Validate"));
            assertTrue(reviewer.text().contains("“" + TITLE + "” is validated."), reviewer.text());

            person.open("/account/notifications?lang=fr");
            assertTrue(person.text().contains("Nouvelle initiative validée : « " + TITLE + " »"), person.text());
            assertFalse(mailbox.receives(EMAIL, TITLE, Duration.ofSeconds(8)), "a weekly follower waits");

            // The weekly digest becomes due: the job (every 5 s on the test server) writes it once.
            try (Connection db = database()) {
                exec(db, "UPDATE follow_setting SET last_digest_at = NOW() - INTERVAL '8 days' WHERE account_id = ?",
                        PERSON);
            }
            assertTrue(mailbox.receives(EMAIL, "Nouvelle initiative validée : « " + TITLE + " »"),
                    "the weekly digest, in French");
            assertTrue(mailbox.receives(EMAIL, "Voici les nouveautés de la semaine", Duration.ofSeconds(1)));
            Thread.sleep(15_000); // three more runs of the job
            assertEquals(1, mailbox.count(EMAIL), "one digest, nothing twice");

            // The digest's own link stops the mails; opening it changes nothing.
            String link = mailbox.link(EMAIL, "/following/unsubscribe");
            person.open(link + "&lang=fr");
            assertEquals("WEEKLY", delivery(), "opening the link changes nothing");
            person.assertAccessible("the unsubscribe link of follow mails");
            person.follow(person.action("Arrêter les courriels"));
            assertTrue(person.text().contains("C’est fait : vous ne recevez plus de courriels"), person.text());
            assertEquals("NONE", delivery());
            person.open("/following/unsubscribe?token=not-a-valid-token-at-all&lang=fr");
            assertTrue(person.text().contains("Ce lien n’est pas valide."), person.text());
        }
        assertEquals(405, Site.get("/follow").statusCode());
        assertEquals(303, Site.post("/follow", "kind=THEME&key=youth&action=follow").statusCode(),
                "visitors are sent to sign in");
        assertFalse(Site.get("/initiatives?theme=" + THEME + "&lang=en").body().contains("name=\"csrf\""),
                "no form for a visitor");
    }
}
