package org.bepart.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator blocks a person who is signed in in another browser: that browser is signed out at its next page
 * and told so, cannot sign in again and learns the reason (also by mail); the administrator finds the block in the
 * audit trail and downloads it as CSV, where the reason cannot run as a formula; lifting the block lets the person
 * in again.
 */
class ModerationJourneyIT {

    private static final String PASSWORD = "Quiet-harbour-2030";
    /** Starts with "-": a spreadsheet would read it as a formula. */
    private static final String REASON = "-Advertising links in every initiative, after three warnings.";

    @Test
    void aBlockedPersonIsSignedOutEverywhereAndTheBlockIsInTheAuditTrail() throws Exception {
        String email = "moderated-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Mailbox mailbox = new Mailbox(); Browser person = new Browser("en"); Browser admin = new Browser("en")) {
            person.open("/register?lang=en");
            person.fill("Your name", "Vahe Moderated");
            person.fill("E-mail address", email);
            person.fill("Password", PASSWORD);
            person.fill("Repeat the password", PASSWORD);
            person.labelled("I agree that BePART stores my name and e-mail to run my account.").click();
            person.follow(person.find(By.id("register:submit")));
            person.open(mailbox.link(email, "/verify") + "&lang=en");
            person.signIn(email, PASSWORD);
            assertTrue(person.text().contains("Welcome, Vahe Moderated."), person.text());

            admin.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
            admin.open("/admin/accounts?lang=en&q=" + email);
            admin.follow(admin.action("Activity"));
            assertTrue(admin.text().contains("Vahe Moderated") && admin.text().contains(email), admin.text());
            admin.assertAccessible("back office: an account's activity");
            admin.fill("Reason (sent to the account’s owner)", REASON);
            admin.follow(admin.action("Block the account"));
            assertTrue(admin.text().contains("The account is blocked and signed out everywhere"), admin.text());
            assertTrue(admin.text().contains("Blocked since") && admin.text().contains(REASON), admin.text());

            person.open("/account?lang=en");
            assertTrue(person.driver.getCurrentUrl().contains("/login"), person.driver.getCurrentUrl());
            assertTrue(person.text().contains("or the account was blocked"), person.text());
            assertFalse(person.text().contains("Welcome, Vahe"), person.text());
            person.signIn(email, PASSWORD);
            assertTrue(person.text().contains("Your account has been blocked by an administrator, so you cannot sign"
                    + " in. The reason given: " + REASON), person.text());
            person.assertAccessible("sign-in page of a blocked account");
            person.open("/account?lang=en");
            assertTrue(person.driver.getCurrentUrl().contains("/login"), "still not signed in");
            assertTrue(mailbox.receives(email, REASON), "told why by mail");

            admin.open("/admin/audit?lang=en");
            new Select(admin.labelled("What")).selectByVisibleText("Account blocked");
            admin.fill("Who", Site.ADMIN_EMAIL);
            admin.follow(admin.action("Show"));
            assertTrue(admin.text().contains("Account blocked") && admin.text().contains(REASON), admin.text());
            admin.assertAccessible("back office: the audit trail");
            String csvLink = admin.find(By.linkText("Download these entries as CSV")).getAttribute("href");
            String session = admin.driver.manage().getCookies().stream()
                    .map((Cookie c) -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            HttpResponse<String> csv = Site.get(csvLink.substring(Site.BASE.length()), "Cookie", session);
            assertEquals(200, csv.statusCode(), csv.body());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
            assertEquals("\"at\",\"actor_id\",\"actor\",\"action\",\"subject_type\",\"subject_id\",\"detail\"",
                    lines[0]);
            assertTrue(lines.length >= 2 && lines[1].contains("\"ACCOUNT_BLOCKED\",\"account\"")
                    && lines[1].endsWith(",\"'" + REASON + "\""), lines.length > 1 ? lines[1] : csv.body());
            HttpResponse<String> anonymous = Site.get(csvLink.substring(Site.BASE.length()));
            assertEquals(302, anonymous.statusCode(), "not without signing in");
            assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login"));

            admin.open("/admin/accounts?lang=en&q=" + email);
            admin.follow(admin.action("Activity"));
            admin.follow(admin.action("Lift the block"));
            assertTrue(admin.text().contains("The block is lifted"), admin.text());
            person.signIn(email, PASSWORD);
            assertTrue(person.text().contains("Welcome, Vahe Moderated."), person.text());
        }
    }
}
