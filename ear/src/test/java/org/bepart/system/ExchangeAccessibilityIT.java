package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages of the peer exchange (issue 14) checked by axe-core for WCAG 2.1 A/AA in each of the four languages, as
 * the people who use them see them: an initiative with questions, the team's answer, a reply, a hidden comment, a
 * replication and the forms of a signed-in person; the directory and an organisation's page with its follow button
 * and followers; a public profile with its answers; one's follows; the unsubscribe page of a follow mail; the
 * moderators' queue and hidden posts.
 */
class ExchangeAccessibilityIT {

    private static final long ORGANISATION = 990_981;
    private static final long PERSON = 990_982;
    private static final long INITIATIVE = 990_983;
    private static final long REPLICATING = 990_984;
    private static final long QUESTION = 990_985;
    private static final String EMAIL = "exchange-a11y@bepart.test";
    private static final String TOKEN = "exchange-accessibility-unsubscribe-token";

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

    private static String sha256(String token) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** A member with a public profile, two initiatives of their organisation (one replicating the other), posts. */
    @BeforeAll
    static void exchange() throws SQLException, NoSuchAlgorithmException {
        try (Connection db = database()) {
            String hash;
            long administrator;
            try (PreparedStatement s = db.prepareStatement("SELECT password_hash, id FROM account WHERE email = ?")) {
                s.setString(1, Site.ADMIN_EMAIL);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "the first administrator exists");
                    hash = r.getString(1);
                    administrator = r.getLong(2);
                }
            }
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, "
                    + "'Exchange Access Lab', 'CIVIL_SOCIETY', 'AM', NOW())", ORGANISATION);
            TestAccounts.insert(db, PERSON, EMAIL, "Lilit Exchange-Tester", hash, "CONTRIBUTOR", ORGANISATION);
            exec(db, "UPDATE account SET profile_public = TRUE, bio = 'Organiser of hearings.', created_at = "
                    + "NOW() - INTERVAL '60 days' WHERE id = ?", PERSON);
            for (long id : new long[] {INITIATIVE, REPLICATING}) {
                exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, "
                        + "created_at, updated_at, submitted_at, owner_id, created_by, wizard_step) VALUES (?, "
                        + "'SUBMITTED', 'EN', 'AM', 'LOCAL', NOW(), NOW(), NOW(), ?, ?, 6)", id, ORGANISATION, PERSON);
                exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'EN', ?, "
                        + "'Made for the accessibility test of the exchange.')", id, "Exchange hearings " + id);
            }
            exec(db, "INSERT INTO replication (id, initiative_id, original_id, adaptation, created_by, created_at) "
                    + "VALUES (?, ?, ?, 'The same hearings, online.', ?, NOW())", REPLICATING, REPLICATING, INITIATIVE,
                    PERSON);
            exec(db, "UPDATE initiative SET replication_count = 1, post_count = 3 WHERE id = ?", INITIATIVE);
            exec(db, "INSERT INTO initiative_post (id, initiative_id, author_id, kind, language, body, created_at) "
                    + "VALUES (?, ?, ?, 'QUESTION', 'EN', 'How did you invite people? See https://example.org/a', "
                    + "NOW())", QUESTION, INITIATIVE, administrator);
            exec(db, "INSERT INTO initiative_post (id, initiative_id, parent_id, author_id, kind, language, body, "
                    + "team, created_at) VALUES (?, ?, ?, ?, 'REPLY', 'HY', 'Բաց հրավերով։', TRUE, NOW())",
                    QUESTION + 1, INITIATIVE, QUESTION, PERSON);
            exec(db, "INSERT INTO initiative_post (id, initiative_id, author_id, kind, language, body, created_at, "
                    + "hidden_at, hidden_reason) VALUES (?, ?, ?, 'COMMENT', 'EN', 'Off topic.', NOW(), NOW(), "
                    + "'Off topic.')", QUESTION + 2, INITIATIVE, administrator);
            exec(db, "INSERT INTO post_report (id, post_id, reporter_id, reason, created_at) VALUES (?, ?, ?, "
                    + "'SPAM', NOW())", QUESTION, QUESTION, PERSON);
            exec(db, "INSERT INTO follow (id, account_id, target_kind, target_key, created_at) VALUES (?, ?, "
                    + "'ORGANISATION', ?, NOW()), (?, ?, 'INITIATIVE', ?, NOW())", ORGANISATION, PERSON,
                    Long.toString(ORGANISATION), ORGANISATION + 1, PERSON, Long.toString(INITIATIVE));
            exec(db, "INSERT INTO follow_setting (account_id, delivery) VALUES (?, 'DAILY')", PERSON);
            exec(db, "INSERT INTO follow_unsubscribe (token_hash, account_id, created_at) VALUES (?, ?, NOW())",
                    sha256(TOKEN), PERSON);
            TestContent.changed(db, List.of(INITIATIVE, REPLICATING));
        }
    }

    @AfterAll
    static void withdraw() throws SQLException {
        try (Connection db = database()) {
            TestContent.reject(db, List.of(INITIATIVE, REPLICATING));
            exec(db, "UPDATE account SET profile_public = FALSE WHERE id = ?", PERSON);
            exec(db, "DELETE FROM post_report WHERE id = ?", QUESTION);
        }
    }

    /** The page itself, not an error page in its place (axe would find nothing wrong with that either). */
    private static void assertShown(Browser browser, String page) {
        assertTrue(browser.driver.findElements(org.openqa.selenium.By.cssSelector(".error-page")).isEmpty(),
                page + " is shown: " + browser.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "en", "fr", "ru"})
    void theExchangesPagesHaveNoAccessibilityViolation(String language) {
        List<String> readerPages = List.of("/initiatives/" + INITIATIVE, "/initiatives/" + REPLICATING,
                "/organisations", "/organisations/" + ORGANISATION, "/people/" + PERSON,
                "/following/unsubscribe?token=" + TOKEN);
        try (Browser reader = new Browser(language)) {
            for (String page : readerPages) {
                reader.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                assertShown(reader, page);
                reader.assertAccessible(page + " for a reader (" + language + ")");
            }
        }
        try (Browser member = new Browser(language)) {
            member.signIn(EMAIL, Site.ADMIN_PASSWORD);
            for (String page : List.of("/initiatives/" + INITIATIVE, "/organisations/" + ORGANISATION,
                    "/initiatives?theme=budget-finance", "/account/following", "/account/notifications")) {
                member.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                assertTrue(member.driver.getPageSource().contains("name=\"csrf\""), page + " has its forms");
                assertShown(member, page);
                member.assertAccessible(page + " signed in (" + language + ")");
            }
        }
        try (Browser moderator = new Browser(language)) {
            moderator.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
            for (String page : List.of("/admin/discussion", "/admin/discussion?show=hidden",
                    "/initiatives/" + INITIATIVE)) {
                moderator.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                assertShown(moderator, page);
                moderator.assertAccessible(page + " for a moderator (" + language + ")");
            }
        }
    }
}
