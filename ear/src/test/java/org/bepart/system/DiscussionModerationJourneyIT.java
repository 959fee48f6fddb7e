package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moderation of questions and answers (issue 14, item 2), as people click it: a third person reports a comment, a
 * reviewer hides it with a reason from the moderation queue, and readers see the reason in its place (in their
 * language); a new account's first question waits for moderation, seen by its author only, and shows once the
 * reviewer approved it. Both actions are in the audit trail.
 */
class DiscussionModerationJourneyIT {

    private static final long ORGANISATION = 991_101;
    private static final long MEMBER = 991_102;
    private static final long AUTHOR = 991_103;
    private static final long REPORTER = 991_104;
    private static final long NEWCOMER = 991_105;
    private static final long MODERATOR = 991_106;
    private static final long INITIATIVE = 991_107;
    private static final long EARLIER_POST = 991_108;
    private static final String AUTHOR_EMAIL = "moderation-author@example.org";
    private static final String REPORTER_EMAIL = "moderation-reporter@example.org";
    private static final String NEWCOMER_EMAIL = "moderation-newcomer@example.org";
    private static final String MODERATOR_EMAIL = "moderation-reviewer@example.org";
    private static final String PAGE = "/initiatives/" + INITIATIVE;
    private static final String RUDE = "You are all idiots, nobody should listen to you.";
    private static final String REASON = "Insults are not allowed here.";
    private static final String QUESTION = "Can residents of nearby villages take part too?";

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

    private static long newestPostOf(long author) throws SQLException {
        try (Connection db = database(); PreparedStatement s = db.prepareStatement(
                "SELECT id FROM initiative_post WHERE author_id = ? AND initiative_id = ? ORDER BY created_at DESC"
                        + " LIMIT 1")) {
            s.setLong(1, author);
            s.setLong(2, INITIATIVE);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getLong(1);
            }
        }
    }

    private static List<String> auditOf(long post) throws SQLException {
        try (Connection db = database(); PreparedStatement s = db.prepareStatement(
                "SELECT action FROM audit_entry WHERE subject_type = 'post' AND subject_id = ? ORDER BY at, id")) {
            s.setLong(1, post);
            List<String> actions = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getString(1));
                }
            }
            return actions;
        }
    }

    /**
     * A validated initiative with its team; an author who wrote here a month ago (approved), a reporter, a newcomer
     * registered today and a reviewer.
     */
    @BeforeAll
    static void anInitiativeAndItsReaders() throws SQLException {
        try (Connection db = database()) {
            String hash;
            try (PreparedStatement s = db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
                s.setString(1, Site.ADMIN_EMAIL);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "the first administrator exists");
                    hash = r.getString(1);
                }
            }
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, 'Lori Civic Forum', "
                    + "'CIVIL_SOCIETY', 'AM', NOW())", ORGANISATION);
            TestAccounts.insert(db, MEMBER, "moderation-member@example.org", "Lusine Member", hash, "CONTRIBUTOR",
                    ORGANISATION);
            TestAccounts.insert(db, AUTHOR, AUTHOR_EMAIL, "Arman Author", hash, "CONTRIBUTOR", null);
            TestAccounts.insert(db, REPORTER, REPORTER_EMAIL, "Rosa Reporter", hash, "CONTRIBUTOR", null);
            TestAccounts.insert(db, NEWCOMER, NEWCOMER_EMAIL, "Nina Newcomer", hash, "CONTRIBUTOR", null);
            TestAccounts.insert(db, MODERATOR, MODERATOR_EMAIL, "Mher Moderator", hash, "REVIEWER", null);
            exec(db, "UPDATE account SET created_at = NOW() - INTERVAL '40 days' WHERE id = ?", AUTHOR);
            exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, municipality, "
                    + "created_at, updated_at, submitted_at, owner_id, wizard_step) VALUES (?, 'VALIDATED', 'EN', 'AM',"
                    + " 'LOCAL', 'Vanadzor', NOW(), NOW(), NOW(), ?, 6)", INITIATIVE, ORGANISATION);
            exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'EN', "
                    + "'Vanadzor open budget hearings', 'Residents of Vanadzor discuss the budget with the council.')",
                    INITIATIVE);
            exec(db, "INSERT INTO initiative_post (id, initiative_id, author_id, kind, language, body, team, created_at,"
                    + " held) VALUES (?, ?, ?, 'COMMENT', 'EN', 'Thank you for opening the hearings.', FALSE, "
                    + "NOW() - INTERVAL '30 days', FALSE)", EARLIER_POST, INITIATIVE, AUTHOR);
            exec(db, "UPDATE initiative SET post_count = 1 WHERE id = ?", INITIATIVE);
        }
    }

    /** The initiative leaves the public ones (index and pages follow) and its posts go. */
    @AfterAll
    static void leave() throws SQLException {
        try (Connection db = database()) {
            exec(db, "DELETE FROM initiative_post WHERE initiative_id = ?", INITIATIVE);
            exec(db, "DELETE FROM notification WHERE recipient_id IN (?, ?, ?)", MEMBER, AUTHOR, NEWCOMER);
            TestContent.reject(db, List.of(INITIATIVE));
        }
    }

    /** The page as a reader without a session gets it (from the cache), once it shows what {@code shows} asks. */
    private static String readerPage(String query, Predicate<String> shows) throws InterruptedException {
        String page = "";
        for (int i = 0; i < 40 && !shows.test(page); i++) {
            HttpResponse<String> response = Site.get(PAGE + query);
            page = response.body();
            Thread.sleep(250);
        }
        return page;
    }

    @Test
    void aReportedCommentIsHiddenWithItsReasonAndANewcomersQuestionShowsOnceApproved() throws Exception {
        try (Browser author = new Browser("en"); Browser reporter = new Browser("en");
             Browser newcomer = new Browser("en"); Browser moderator = new Browser("en")) {
            // an author who wrote before publishes at once
            author.signIn(AUTHOR_EMAIL, Site.ADMIN_PASSWORD);
            author.open(PAGE + "?lang=en");
            author.find(By.id("post-text")).sendKeys(RUDE);
            author.find(By.cssSelector("#post-form input[value=comment]")).click();
            author.follow(author.action("Publish"));
            assertTrue(author.text().contains("Thank you: your text is published below."), author.text());
            long rude = newestPostOf(AUTHOR);

            // a third person reports it
            reporter.signIn(REPORTER_EMAIL, Site.ADMIN_PASSWORD);
            reporter.open(PAGE + "?lang=en");
            reporter.find(By.cssSelector("#post-" + rude + " .post-report-action > summary")).click();
            reporter.find(By.cssSelector("#report-" + rude + "-form input[value=abusive]")).click();
            reporter.find(By.id("report-" + rude + "-note")).sendKeys("Insults against the team.");
            reporter.assertAccessible("an initiative's page with the report form open (en)");
            reporter.follow(reporter.find(By.cssSelector("#report-" + rude + "-form button[type=submit]")));
            assertTrue(reporter.text().contains("Thank you: the moderators will look at this text."),
                    reporter.text());
            assertTrue(reporter.find(By.id("post-" + rude)).getText().contains(RUDE), "still shown until moderated");

            // a newcomer's first question waits: its author sees it as waiting, readers not at all
            newcomer.signIn(NEWCOMER_EMAIL, Site.ADMIN_PASSWORD);
            newcomer.open(PAGE + "?lang=en");
            newcomer.fill("Your text", QUESTION);
            newcomer.follow(newcomer.action("Publish"));
            assertTrue(newcomer.text().contains("Thank you: your text waits for a moderator and will be shown once "
                    + "approved."), newcomer.text());
            long question = newestPostOf(NEWCOMER);
            WebElement waiting = newcomer.find(By.id("post-" + question));
            assertTrue(waiting.getText().contains(QUESTION) && waiting.getText().contains("Waiting for moderation"),
                    waiting.getText());
            newcomer.assertAccessible("an initiative's page with one's own post waiting for moderation (en)");
            String reader = readerPage("?lang=en", p -> p.contains("Thank you for opening the hearings."));
            assertFalse(reader.contains(QUESTION), "readers do not see a held post");

            // the reviewer's queue: the reported comment with its reason, the held question; hide one, approve one
            moderator.signIn(MODERATOR_EMAIL, Site.ADMIN_PASSWORD);
            moderator.open("/admin?lang=en");
            moderator.follow(moderator.action("Questions and answers to moderate"));
            WebElement reported = moderator.find(By.id("moderation-post-" + rude));
            assertTrue(reported.getText().contains(RUDE) && reported.getText().contains("Abusive or hateful")
                    && reported.getText().contains("Insults against the team.")
                    && reported.getText().contains("Vanadzor open budget hearings"), reported.getText());
            WebElement held = moderator.find(By.id("moderation-post-" + question));
            assertTrue(held.getText().contains("Waiting for approval") && held.getText().contains("Nina Newcomer"),
                    held.getText());
            moderator.assertAccessible("the moderation queue of questions and answers (en)");

            moderator.follow(moderator.find(By.cssSelector("#moderation-post-" + rude + " input[value=Hide]")));
            assertTrue(moderator.text().contains("Please give the reason shown in place of the text"),
                    "a reason is required: " + moderator.text());
            moderator.find(By.cssSelector("#moderation-post-" + rude + " input[type=text]")).sendKeys(REASON);
            moderator.follow(moderator.find(By.cssSelector("#moderation-post-" + rude + " input[value=Hide]")));
            assertTrue(moderator.text().contains("The text is hidden; readers see the reason in its place."),
                    moderator.text());
            moderator.follow(moderator.find(By.cssSelector("#moderation-post-" + question
                    + " input[value=Approve]")));
            assertTrue(moderator.text().contains("The text is approved and shown."), moderator.text());
            assertTrue(moderator.driver.findElements(By.id("moderation-post-" + question)).isEmpty()
                    && moderator.driver.findElements(By.id("moderation-post-" + rude)).isEmpty(), "the queue is done");
            moderator.open("/admin/discussion?show=hidden&lang=en");
            assertTrue(moderator.find(By.id("moderation-post-" + rude)).getText().contains(REASON));
        }

        // readers: the reason in place of the comment (in their language), the approved question
        String english = readerPage("?lang=en", p -> p.contains(QUESTION) && p.contains(REASON));
        assertTrue(english.contains("Hidden by a moderator: " + REASON), english);
        assertFalse(english.contains(RUDE), "the hidden text is gone from the page");
        String french = readerPage("?lang=fr", p -> p.contains(REASON));
        assertTrue(french.contains("Masqué par un modérateur : " + REASON), french);
        assertEquals(List.of("POST_HELD", "POST_APPROVED"), auditOf(newestPostOf(NEWCOMER)));
        assertEquals(List.of("POST_HIDDEN"), auditOf(newestPostOf(AUTHOR)));
    }
}
