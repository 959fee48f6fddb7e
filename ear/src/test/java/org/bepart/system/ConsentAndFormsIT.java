package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consent and forms on the real server (issue 11, points 7, 8 and 13): the newsletter form only from this site, its
 * links changing nothing by GET and acting by POST (the page's button, or the one-click POST of RFC 8058), tokens kept
 * as hashes; sign-out only with the session's token; contact addresses hidden unless agreed, the contact form relaying
 * messages behind a honeypot and a rate limit answered with 429 and Retry-After; membership by an accepted invitation.
 * axe checks every new page.
 */
class ConsentAndFormsIT {

    private static final String PASSWORD = "Lantern-orchard-2026";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static Mailbox mailbox;
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void startMailServer() {
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stopMailServer() {
        mailbox.close();
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user"), System.getProperty("bepart.it.db.password"));
    }

    /** The subscriber's status, or null when there is none. */
    private static String status(String email) throws SQLException {
        try (Connection db = db();
             PreparedStatement query = db.prepareStatement("SELECT status FROM newsletter_subscriber WHERE email = ?")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Everything stored about the subscriber's links, as text. */
    private static String storedLinks(String email) throws SQLException {
        StringBuilder stored = new StringBuilder();
        try (Connection db = db();
             PreparedStatement query = db.prepareStatement("SELECT s.confirm_hash, s.unsubscribe_token, u.token_hash "
                     + "FROM newsletter_subscriber s LEFT JOIN newsletter_unsubscribe u ON u.subscriber_id = s.id "
                     + "WHERE s.email = ?")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ')
                            .append(rows.getString(3)).append('\n');
                }
            }
        }
        return stored.toString();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    @Test
    void theNewsletterTakesFormsOfThisSiteOnlyAndItsLinksActByPostNotByGet() throws Exception {
        String email = "links-" + run + "@example.org";
        String subscription = form("email", email, "language", "fr");

        HttpResponse<String> bare = Site.post("/newsletter/subscribe", subscription);
        HttpResponse<String> foreign = Site.post("/newsletter/subscribe", subscription, "Origin", "https://evil.example");
        for (HttpResponse<String> refused : List.of(bare, foreign)) {
            assertEquals(303, refused.statusCode());
            assertTrue(refused.headers().firstValue("Location").orElse("").contains("state=refused"),
                    refused.headers().toString());
        }
        assertNull(status(email), "nothing stored for a form of another site");
        HttpResponse<String> page = Site.get(bare.headers().firstValue("Location").orElseThrow()
                .replaceFirst("lang=[a-z]+", "lang=en"));
        assertTrue(page.body().contains("did not come from a page of BePART"), page.body());

        HttpResponse<String> sent = Site.post("/newsletter/subscribe", subscription, "Origin", Site.BASE);
        assertTrue(sent.headers().firstValue("Location").orElse("").contains("state=sent"), sent.headers().toString());
        assertEquals("PENDING", status(email));

        // A mail scanner opens the confirmation link (twice): a page with a button, nothing confirmed
        String confirm = mailbox.link(email, "/newsletter/confirm");
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> opened = Site.get(confirm + "&lang=en");
            assertEquals(200, opened.statusCode());
            assertTrue(opened.body().contains("Confirm my subscription"), opened.body());
            assertTrue(opened.body().contains("method=\"post\""), opened.body());
            assertEquals("no-store", opened.headers().firstValue("Cache-Control").orElse(""));
        }
        assertEquals("PENDING", status(email), "opening the link confirms nothing");
        String stored = storedLinks(email);
        assertFalse(stored.contains(token(confirm)), "only hashes are stored: " + stored);

        // the button
        HttpResponse<String> confirmed = Site.post("/newsletter/confirm", form("token", token(confirm),
                "from-page", "1"));
        assertEquals(303, confirmed.statusCode());
        assertTrue(confirmed.headers().firstValue("Location").orElse("").contains("state=confirmed"));
        assertEquals("CONFIRMED", status(email));

        // the unsubscribe link of the confirmation mail: opened, it changes nothing; one-click POST ends it
        String unsubscribe = mailbox.link(email, "/newsletter/unsubscribe");
        HttpResponse<String> opened = Site.get(unsubscribe + "&lang=en");
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains("Unsubscribe"), opened.body());
        assertEquals("CONFIRMED", status(email), "opening the unsubscribe link changes nothing");
        stored = storedLinks(email);
        assertFalse(stored.contains(token(unsubscribe)), "only hashes are stored: " + stored);

        HttpResponse<String> oneClick = Site.post(unsubscribe, "List-Unsubscribe=One-Click");
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertTrue(oneClick.body().contains("désabonné"), "in the subscriber's language: " + oneClick.body());
        assertEquals("UNSUBSCRIBED", status(email));

        // subscribing again changes nothing until the new link is followed
        Site.post("/newsletter/subscribe", form("email", email, "language", "en"), "Origin", Site.BASE);
        assertEquals("UNSUBSCRIBED", status(email));

        try (Browser browser = new Browser("en")) {
            browser.open(unsubscribe + "&lang=en");
            browser.assertAccessible("newsletter: unsubscribe link");
            browser.open("/newsletter/confirm?token=not-a-valid-token-at-all&lang=en");
            assertTrue(browser.text().contains("This link is not valid"), browser.text());
            browser.assertAccessible("newsletter: invalid link");
        }
    }

    @Test
    void signingOutTakesTheTokenOfTheSession() {
        try (Browser browser = new Browser("en")) {
            browser.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
            // a form of another site, which cannot know the token
            ((JavascriptExecutor) browser.driver).executeScript("var f = document.createElement('form');"
                    + "f.method = 'post'; f.action = '/logout'; document.body.appendChild(f); f.submit();");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().endsWith("/logout"));
            assertTrue(browser.text().contains("Sign out of BePART on this device?"), browser.text());
            assertFalse(browser.driver.findElements(By.cssSelector(".user-nav a[href='/account']")).isEmpty(),
                    "still signed in");
            browser.assertAccessible("sign-out page");
            browser.follow(browser.action("Sign out"));
            browser.open("/account?lang=en");
            assertTrue(browser.driver.getCurrentUrl().contains("/login"), "signed out: "
                    + browser.driver.getCurrentUrl());
        }
    }

    @Test
    void contactAddressesAreHiddenAndTheFormRelaysMessagesWithinItsLimit() throws Exception {
        List<Map<String, Object>> demo = Site.demo();
        int index = -1;
        for (int i = 0; i < demo.size(); i++) {
            Object party = demo.get(i).get("civilSociety");
            if (Site.isPublic(demo.get(i)) && party instanceof Map<?, ?> p && p.get("email") != null) {
                index = i;
                break;
            }
        }
        assertTrue(index >= 0, "a public demo initiative with a contact address");
        long id = index + 1;
        @SuppressWarnings("unchecked")
        String recipient = (String) ((Map<String, Object>) demo.get(index).get("civilSociety")).get("email");
        String contactPath = "/contact?initiative=" + id + "&side=civil-society";

        HttpResponse<String> page = Site.get("/initiatives/" + id + "?lang=en");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains(recipient), "the address is not public without consent");
        assertFalse(page.body().contains("mailto:"), "no address at all");
        assertTrue(page.body().contains(contactPath.replace("&", "&amp;")), "the contact form instead");

        String visitor = "visitor-" + run + "@example.org";
        String first = "Could we visit your youth council in spring? " + run;
        try (Browser browser = new Browser("en")) {
            browser.open("/initiatives/" + id + "?lang=en");
            browser.follow(browser.find(By.cssSelector("a[href='" + contactPath + "']")));
            assertTrue(browser.text().contains("Write to the contact person"), browser.text());
            browser.assertAccessible("contact form");
            browser.fill("Your name", "Gayane Visitor");
            browser.fill("Your e-mail address", visitor);
            browser.fill("Your message", first);
            browser.follow(browser.action("Send the message"));
            assertTrue(browser.text().contains("Your message has been sent."), browser.text());
            browser.assertAccessible("contact form: sent");
        }
        assertTrue(mailbox.receives(recipient, first), "relayed to the contact");
        assertEquals(visitor, mailbox.replyTo(recipient, first), "answers go to the visitor");

        // a robot fills the hidden field too: told it was sent, nothing goes out, nothing counted
        String robot = "Cheap watches " + run;
        HttpResponse<String> trapped = send(contactPath, "Robot", "robot@example.org", robot, "https://spam.example");
        assertEquals(200, trapped.statusCode());
        assertTrue(trapped.body().contains("Your message has been sent."), trapped.body());

        // four more from this client go through; the next is refused with 429 and Retry-After, keeping the text
        for (int i = 2; i <= 5; i++) {
            HttpResponse<String> accepted = send(contactPath, "Gayane Visitor", visitor, "Message " + i + " " + run, "");
            assertEquals(200, accepted.statusCode());
            assertTrue(accepted.body().contains("Your message has been sent."), accepted.body());
        }
        String refused = "One message too many " + run;
        HttpResponse<String> limited = send(contactPath, "Gayane Visitor", visitor, refused, "");
        assertEquals(429, limited.statusCode(), limited.body());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After: " + retryAfter);
        assertTrue(limited.body().contains("try again in"), limited.body());
        assertTrue(limited.body().contains(refused), "what was typed is still there");

        assertTrue(mailbox.receives(recipient, "Message 5 " + run));
        assertNull(mailbox.replyTo(recipient, robot), "the robot's message went nowhere");
        assertNull(mailbox.replyTo(recipient, refused), "the refused message went nowhere");
    }

    /** Opens the contact form and sends it as a browser would (its session and view state). */
    private static HttpResponse<String> send(String path, String name, String email, String message, String trap) {
        HttpResponse<String> form = Site.get(path + "&lang=en");
        assertEquals(200, form.statusCode(), form.body());
        Matcher state = VIEW_STATE.matcher(form.body());
        assertTrue(state.find(), "a Faces form: " + form.body());
        String cookie = form.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b).orElseThrow();
        return Site.post(path + "&lang=en", form("contact", "contact", "contact:name", name, "contact:email", email,
                "contact:message", message, "contact:website", trap, "contact:send", "Send the message",
                "jakarta.faces.ViewState", state.group(1)), "Cookie", cookie, "Origin", Site.BASE);
    }

    @Test
    void membersJoinOnlyByAcceptingAnInvitationSentAlikeWithOrWithoutAnAccount() throws Exception {
        String organisation = "Lori youth forum " + run;
        String invitee = "narek-" + run + "@example.org";
        String stranger = "nobody-" + run + "@example.org";
        try (Browser admin = new Browser("en"); Browser person = new Browser("en")) {
            register(person, "Narek Invited", invitee);

            admin.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
            admin.open("/account/organisations?lang=en");
            admin.fill("Name of the organisation", organisation);
            new Select(admin.labelled("Kind of organisation")).selectByVisibleText("Civil-society organisation");
            new Select(admin.labelled("Member state")).selectByVisibleText("Armenia");
            admin.follow(admin.action("Create the organisation"));
            String edit = admin.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

            admin.fill("E-mail address of the person to invite", invitee);
            admin.follow(admin.action("Send the invitation"));
            String withAccount = admin.find(By.cssSelector(".form-messages")).getText();
            admin.fill("E-mail address of the person to invite", stranger);
            admin.follow(admin.action("Send the invitation"));
            String withoutAccount = admin.find(By.cssSelector(".form-messages")).getText();
            assertEquals(withAccount.replace(invitee, "ADDRESS"), withoutAccount.replace(stranger, "ADDRESS"),
                    "the same answer with or without an account");
            assertTrue(withAccount.contains("once they accept it"), withAccount);
            assertTrue(admin.text().contains(invitee) && admin.text().contains(stranger), "both wait: "
                    + admin.text());
            admin.assertAccessible("organisation with invitations");
            assertTrue(mailbox.receives(stranger, "/register"), "the address without account is told how to join");
            assertTrue(mailbox.receives(invitee, "/account/organisations"));

            person.open("/account/organisations?lang=en");
            assertTrue(person.text().contains(organisation), person.text());
            assertFalse(person.text().contains("Organisations you belong to"), "not a member before accepting");
            person.assertAccessible("invitations to join");
            person.follow(person.action("Accept and join"));
            assertTrue(person.text().contains("You are now a member of " + organisation + "."), person.text());

            admin.open(edit.replaceFirst("[?&]lang=[a-z]+", "") + "&lang=en");
            assertTrue(admin.text().contains("Narek Invited (" + invitee + ")"), admin.text());
        }
    }

    private static void register(Browser browser, String name, String email) throws InterruptedException {
        browser.open("/register?lang=en");
        browser.fill("Your name", name);
        browser.fill("E-mail address", email);
        browser.fill("Password", PASSWORD);
        browser.fill("Repeat the password", PASSWORD);
        browser.labelled("I agree that BePART stores my name and e-mail to run my account.").click();
        browser.follow(browser.find(By.id("register:submit")));
        browser.open(mailbox.link(email, "/verify") + "&lang=en");
        assertTrue(browser.text().contains("your address is confirmed"), browser.text());
        browser.signIn(email, PASSWORD);
        assertNotNull(browser.find(By.cssSelector(".user-nav a[href='/account']")));
    }
}
