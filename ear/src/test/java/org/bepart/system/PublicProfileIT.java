package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
 * A contributor's public profile (issue 14, item 5), by their choice: hidden until they show it on their account page,
 * then a page readers see without a session, with their organisation, bio, public initiatives and the answers readers
 * see that they wrote for their team, and their name among the organisation's members; hidden again, the page is gone.
 */
class PublicProfileIT {

    private static final long ORGANISATION = 990_950;
    private static final long PERSON = 990_951;
    private static final long INITIATIVE = 990_952;
    private static final long QUESTION = 990_953;
    private static final long ANSWER = 990_954;
    private static final String EMAIL = "profile-person@bepart.test";
    private static final String NAME = "Anahit Profile-Tester";

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

    /** A member of an organisation who created one of its initiatives, sharing the administrator's password. */
    @BeforeAll
    static void person() throws SQLException, InterruptedException {
        try (Connection db = database()) {
            String hash;
            try (PreparedStatement s = db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
                s.setString(1, Site.ADMIN_EMAIL);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "the first administrator exists");
                    hash = r.getString(1);
                }
            }
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, 'Profile Civic Lab', "
                    + "'CIVIL_SOCIETY', 'AM', NOW())", ORGANISATION);
            TestAccounts.insert(db, PERSON, EMAIL, NAME, hash, "CONTRIBUTOR", ORGANISATION);
            exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, created_at, "
                    + "updated_at, submitted_at, owner_id, created_by, wizard_step) VALUES (?, 'SUBMITTED', 'EN', 'AM', "
                    + "'LOCAL', NOW(), NOW(), NOW(), ?, ?, 6)", INITIATIVE, ORGANISATION, PERSON);
            exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'EN', "
                    + "'Profile test hearings', 'Made for the profile test.')", INITIATIVE);
            exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'FR', "
                    + "'Auditions du test de profil', 'Faites pour le test de profil.')", INITIATIVE);
            exec(db, "INSERT INTO initiative_post (id, initiative_id, author_id, kind, language, body, created_at) "
                    + "SELECT ?, ?, id, 'QUESTION', 'EN', 'Who chose the budget lines?', NOW() FROM account "
                    + "WHERE email = ?", QUESTION, INITIATIVE, Site.ADMIN_EMAIL);
            exec(db, "INSERT INTO initiative_post (id, initiative_id, parent_id, author_id, kind, language, body, "
                    + "team, created_at) VALUES (?, ?, ?, ?, 'REPLY', 'HY', 'Բյուջեի տողերը ընտրեց հանրային լսումը։', "
                    + "TRUE, NOW())", ANSWER, INITIATIVE, QUESTION, PERSON);
            exec(db, "INSERT INTO initiative_post (id, initiative_id, parent_id, author_id, kind, language, body, "
                    + "team, created_at, hidden_at, hidden_reason) VALUES (?, ?, ?, ?, 'REPLY', 'EN', "
                    + "'A hidden answer.', TRUE, NOW(), NOW(), 'Personal data.')", ANSWER + 1, INITIATIVE, QUESTION,
                    PERSON);
            TestContent.changed(db, java.util.List.of(INITIATIVE)); // the cards of profiles come from the index
        }
        long until = System.currentTimeMillis() + 15_000;
        while (!Site.get("/initiatives?lang=en&q=profile+test+hearings").body().contains("Profile test hearings")) {
            assertTrue(System.currentTimeMillis() < until, "the index follows within 15 s");
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void withdraw() throws SQLException {
        try (Connection db = database()) {
            TestContent.reject(db, java.util.List.of(INITIATIVE));
        }
    }

    @Test
    void aPersonShowsTheirProfileAndReadersSeeItWithoutASession() {
        assertEquals(404, Site.get("/people/" + PERSON).statusCode(), "hidden until chosen");
        try (Browser browser = new Browser("en")) {
            browser.signIn(EMAIL, Site.ADMIN_PASSWORD);
            browser.open("/account/profile?lang=en");
            browser.labelled("Show my public profile").click();
            browser.fill("About me", "Organiser of public hearings in Gyumri.\nI answer questions about budgets.");
            browser.follow(browser.action("Save public profile"));
            assertTrue(browser.text().contains("Your public profile is shown."), browser.text());
            browser.follow(browser.action("See my public profile"));
            assertTrue(browser.text().contains(NAME));
            assertTrue(browser.text().contains("Organiser of public hearings in Gyumri."));
            assertTrue(browser.text().contains("Profile test hearings"), "the initiative they created");
            browser.assertAccessible("the public profile");
            browser.follow(browser.find(By.linkText("Profile Civic Lab")));
            assertFalse(browser.driver.findElements(By.linkText(NAME)).isEmpty(), "among the members shown");
        }
        HttpResponse<String> reader = Site.get("/people/" + PERSON + "/anahit-profile-tester?lang=fr");
        assertEquals(200, reader.statusCode());
        assertTrue(Integer.parseInt(reader.headers().firstValue("X-SQL-Statements").orElseThrow()) <= 6,
                "at most six statements: " + reader.headers().firstValue("X-SQL-Statements"));
        assertTrue(reader.body().contains("Բյուջեի տողերը ընտրեց հանրային լսումը։"), "the team's answer");
        assertTrue(reader.body().contains("/initiatives/" + INITIATIVE + "#post-" + ANSWER + "\" lang=\"fr\">"
                + "Auditions du test de profil</a>"), "its initiative, titled in the reader's language");
        assertFalse(reader.body().contains("A hidden answer."), "a hidden answer is not shown");
        assertTrue(reader.body().contains("I answer questions about budgets."));
        assertFalse(reader.body().contains(EMAIL), "the address is never shown");
        assertTrue(reader.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "no session for a reader");
        HttpResponse<String> organisation = Site.get("/organisations/" + ORGANISATION, "Cookie", Site.freshSession());
        assertTrue(organisation.body().contains(NAME), "among the members shown");
        assertTrue(organisation.body().contains("Profile test hearings"), "its initiative's card");
        assertTrue(Integer.parseInt(organisation.headers().firstValue("X-SQL-Statements").orElseThrow()) <= 6,
                "the organisation's page within six statements: " + organisation.headers()
                        .firstValue("X-SQL-Statements"));

        try (Browser browser = new Browser("en")) {
            browser.signIn(EMAIL, Site.ADMIN_PASSWORD);
            browser.open("/account/profile?lang=en");
            browser.labelled("Show my public profile").click();
            browser.follow(browser.action("Save public profile"));
            assertTrue(browser.text().contains("Your public profile is hidden."), browser.text());
        }
        assertEquals(404, Site.get("/people/" + PERSON).statusCode(), "hidden again");
        assertFalse(Site.get("/organisations/" + ORGANISATION).body().contains(NAME));
    }
}
