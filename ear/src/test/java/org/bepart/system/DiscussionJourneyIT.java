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
 * Questions and answers, as the "done when" says: a visitor signs in and asks, in Russian, a question on a
 * public initiative whose team member reads Armenian; bad input gets a translated message and keeps the text; the
 * member is told by mail in Armenian, signs in and answers; the visitor sees the answer marked as the team's and has
 * an in-app notification; a reply to a reply is refused; readers see it all on the cached page.
 */
class DiscussionJourneyIT {

    private static final long ORGANISATION = 991_001;
    private static final long MEMBER = 991_002;
    private static final long VISITOR = 991_003;
    private static final long INITIATIVE = 991_004;
    private static final long EARLIER_POST = 991_005;
    private static final String MEMBER_EMAIL = "discussion-member@example.org";
    private static final String VISITOR_EMAIL = "discussion-visitor@example.org";
    private static final String PAGE = "/initiatives/" + INITIATIVE;
    private static final String QUESTION = "Как вы приглашали жителей? <script>alert('x')</script> "
            + "Подробнее: https://example.org/gyumri";
    private static final String ANSWER = "Բաց հրավերով և դպրոցների միջոցով։";

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

    /** A civil-society organisation with a validated initiative and a member reading Armenian; a visitor's account. */
    @BeforeAll
    static void anInitiativeWithItsTeam() throws SQLException {
        try (Connection db = database()) {
            String hash;
            try (PreparedStatement s = db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
                s.setString(1, Site.ADMIN_EMAIL);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "the first administrator exists");
                    hash = r.getString(1);
                }
            }
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, 'Gyumri Youth Lab', "
                    + "'CIVIL_SOCIETY', 'AM', NOW())", ORGANISATION);
            TestAccounts.insert(db, MEMBER, MEMBER_EMAIL, "Anahit Member", hash, "CONTRIBUTOR", ORGANISATION);
            exec(db, "UPDATE account SET language = 'HY' WHERE id = ?", MEMBER);
            TestAccounts.insert(db, VISITOR, VISITOR_EMAIL, "Ivan Visitor", hash, "CONTRIBUTOR", null);
            // a reader of a month's standing, whose earlier comment here was shown: its posts are not held
            exec(db, "UPDATE account SET language = 'RU', created_at = NOW() - INTERVAL '30 days' WHERE id = ?",
                    VISITOR);
            exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, municipality, "
                    + "created_at, updated_at, submitted_at, owner_id, wizard_step) VALUES (?, 'VALIDATED', 'EN', 'AM',"
                    + " 'LOCAL', 'Gyumri', NOW(), NOW(), NOW(), ?, 6)", INITIATIVE, ORGANISATION);
            exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'EN', "
                    + "'Gyumri youth hearings', 'Young people of Gyumri question the council.')", INITIATIVE);
            exec(db, "INSERT INTO initiative_post (id, initiative_id, author_id, kind, language, body, team, "
                    + "created_at, held) VALUES (?, ?, ?, 'COMMENT', 'RU', 'Спасибо за открытые слушания.', FALSE, "
                    + "NOW() - INTERVAL '20 days', FALSE)", EARLIER_POST, INITIATIVE, VISITOR);
            exec(db, "UPDATE initiative SET post_count = 1 WHERE id = ?", INITIATIVE);
        }
    }

    /** The initiative leaves the public ones and its posts go, so that later counts stay as they were. */
    @AfterAll
    static void leave() throws SQLException {
        try (Connection db = database()) {
            exec(db, "DELETE FROM initiative_post WHERE initiative_id = ?", INITIATIVE);
            exec(db, "DELETE FROM notification WHERE recipient_id IN (?, ?)", MEMBER, VISITOR);
            TestContent.reject(db, java.util.List.of(INITIATIVE));
        }
    }

    private static void script(Browser browser, String js, Object... arguments) {
        ((JavascriptExecutor) browser.driver).executeScript(js, arguments);
    }

    @Test
    void aVisitorAsksInRussianAndTheArmenianTeamAnswers() throws Exception {
        try (Mailbox mailbox = new Mailbox(); Browser visitor = new Browser("ru"); Browser member = new Browser("hy")) {
            visitor.open(PAGE + "?lang=ru");
            assertTrue(visitor.text().contains("Войдите, чтобы задать вопрос или оставить комментарий"),
                    visitor.text());
            visitor.assertAccessible("an initiative's page with its questions, for a visitor (ru)");

            visitor.signIn(VISITOR_EMAIL, Site.ADMIN_PASSWORD);
            visitor.open(PAGE + "?lang=ru");
            assertEquals("ru", visitor.find(By.id("post-language")).getAttribute("value"), "the reader's language");

            // bad input: too long, control characters; translated messages, the text kept
            script(visitor, "document.getElementById('post-text').value = arguments[0];", "я".repeat(2001));
            visitor.follow(visitor.action("Опубликовать"));
            assertTrue(visitor.text().contains("Напишите от 1 до 2000 символов."), visitor.text());
            assertEquals(2001, visitor.find(By.id("post-text")).getAttribute("value").length(), "the text is kept");
            script(visitor, "document.getElementById('post-text').value = arguments[0];", "Звонок\u0007 и \u001b[31m");
            visitor.follow(visitor.action("Опубликовать"));
            assertTrue(visitor.text().contains("Текст содержит управляющие символы"), visitor.text());
            visitor.assertAccessible("the question form with its message (ru)");

            visitor.fill("Ваш текст", QUESTION);
            visitor.follow(visitor.action("Опубликовать"));
            assertTrue(visitor.text().contains("Спасибо: ваш текст опубликован ниже."), visitor.text());
            WebElement posts = visitor.find(By.id("posts"));
            assertTrue(posts.getText().contains("<script>alert('x')</script>"), "HTML shown as typed: "
                    + posts.getText());
            WebElement link = posts.findElement(By.linkText("https://example.org/gyumri"));
            assertEquals("nofollow ugc noopener", link.getAttribute("rel"));
            assertTrue(posts.findElements(By.tagName("script")).isEmpty(), "no script in the posts");
            assertEquals("ru", posts.findElement(By.cssSelector(".post-text")).getAttribute("lang"));
            visitor.assertAccessible("an initiative's page with a question (ru)");

            assertTrue(mailbox.receives(MEMBER_EMAIL, "Как вы приглашали жителей?"), "the team is told by mail");
            assertTrue(mailbox.receives(MEMBER_EMAIL, "Բարև ձեզ"), "in Armenian, the member's language");

            member.signIn(MEMBER_EMAIL, Site.ADMIN_PASSWORD);
            member.open(PAGE + "?lang=hy");
            member.find(By.cssSelector("#posts .post-reply-action > summary")).click();
            member.fill("Ձեր պատասխանը", ANSWER);
            member.follow(member.action("Հրապարակել պատասխանը"));
            assertTrue(member.text().contains("Ձեր պատասխանը հրապարակված է։"), member.text());
            member.assertAccessible("an initiative's page with the team's answer (hy)");

            assertTrue(mailbox.receives(VISITOR_EMAIL, "Здравствуйте"), "the asker is told by mail, in Russian");
            visitor.open(PAGE + "?lang=ru");
            WebElement answer = visitor.find(By.cssSelector("#posts .post-reply"));
            assertTrue(answer.getText().contains(ANSWER) && answer.getText().contains("Команда инициативы"),
                    "marked as the team's: " + answer.getText());
            String answerId = answer.getAttribute("id").substring("post-".length()); // read before leaving the page
            assertTrue(visitor.find(By.id("posts")).getText().contains("Есть ответ"));
            visitor.open("/account/notifications?lang=ru");
            assertTrue(visitor.text().contains("Команда инициативы «Gyumri youth hearings» ответила вам"),
                    visitor.text());

            // a reply to a reply: the form is made to point at the answer
            visitor.open(PAGE + "?lang=ru");
            visitor.find(By.cssSelector("#posts .post-reply-action > summary")).click();
            script(visitor, "document.querySelector('#posts .post-reply-action input[name=post]').value"
                    + " = arguments[0];", answerId);
            visitor.fill("Ваш ответ", "Спасибо!");
            visitor.follow(visitor.action("Опубликовать ответ"));
            assertTrue(visitor.text().contains("Можно ответить на вопрос или комментарий, но не на ответ."),
                    visitor.text());
        }
        // readers: the cached page shows the question and the answer, without forms
        String page = "";
        for (int i = 0; i < 40 && !page.contains(ANSWER); i++) {
            HttpResponse<String> response = Site.get(PAGE + "?lang=hy");
            page = response.body();
            Thread.sleep(250);
        }
        assertTrue(page.contains(ANSWER) && page.contains("&lt;script&gt;alert("), page);
        assertFalse(page.contains("name=\"text\""), "no form for readers");
    }

    @Test
    void visitorsAreSentToSignIn() {
        HttpResponse<String> anonymous = Site.post("/discussion", "initiative=" + INITIATIVE + "&action=post"
                + "&kind=question&text=Hello");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login"));
        assertEquals(405, Site.get("/discussion").statusCode());
    }
}
