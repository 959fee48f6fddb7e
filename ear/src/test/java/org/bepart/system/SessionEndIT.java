package org.bepart.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions end when the password changes or is reset: every session of the account, in any browser, is signed out
 * at its next request and told why on the sign-in page; the session that changed the password goes on.
 */
class SessionEndIT {

    private static final String PASSWORD = "Amber-valley-2026";

    @Test
    void aChangedOrResetPasswordEndsTheOtherSessions() throws Exception {
        String email = "sessions-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Mailbox mailbox = new Mailbox(); Browser first = new Browser("en"); Browser second = new Browser("en");
             Browser third = new Browser("en")) {
            third.open("/register?lang=en");
            third.fill("Your name", "Narek Sessions");
            third.fill("E-mail address", email);
            third.fill("Password", PASSWORD);
            third.fill("Repeat the password", PASSWORD);
            third.labelled("I agree that BePART stores my name and e-mail to run my account.").click();
            third.follow(third.find(By.id("register:submit")));
            third.open(mailbox.link(email, "/verify") + "&lang=en");

            first.signIn(email, PASSWORD);
            second.signIn(email, PASSWORD);
            assertTrue(second.text().contains("Welcome, Narek Sessions."), second.text());

            first.open("/account/profile?lang=en");
            first.fill("Current password", PASSWORD);
            first.fill("New password", "Copper-bridge-2027");
            first.fill("Repeat the password", "Copper-bridge-2027");
            first.follow(first.action("Change the password"));
            first.open("/account?lang=en");
            assertTrue(first.text().contains("Welcome, Narek Sessions."), "the session that changed it goes on");

            second.open("/account?lang=en");
            assertEnded(second);
            second.assertAccessible("sign-in page after the session ended");

            second.signIn(email, "Copper-bridge-2027");
            assertTrue(second.text().contains("Welcome, Narek Sessions."), second.text());
            third.open("/password/forgot?lang=en");
            third.fill("E-mail address", email);
            third.follow(third.action("Send the link"));
            third.open(mailbox.link(email, "/password/reset") + "&lang=en");
            third.fill("New password", "Silver-meadow-2028");
            third.fill("Repeat the password", "Silver-meadow-2028");
            third.follow(third.action("Save the new password"));

            first.open("/account/profile?lang=en");
            assertEnded(first);
            second.open("/account/notifications?lang=en");
            assertEnded(second);
            first.signIn(email, "Silver-meadow-2028");
            assertTrue(first.text().contains("Welcome, Narek Sessions."), first.text());
        }
    }

    private static void assertEnded(Browser browser) {
        String url = browser.driver.getCurrentUrl();
        assertTrue(url.contains("/login"), url);
        assertTrue(browser.text().contains("You were signed out because the password of your account was changed"),
                browser.text());
        assertFalse(browser.text().contains("Welcome, Narek"), browser.text());
    }
}
