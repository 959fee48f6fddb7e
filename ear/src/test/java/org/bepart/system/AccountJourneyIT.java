package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's account in Chromium, with GreenMail as the mail server behind the server's {@code mail/bepart}: register,
 * confirm with the link from the mail, sign in, edit the profile, read notifications, sign out, reset the password by
 * mail; an administrator finds the account. axe checks every page of it.
 */
class AccountJourneyIT {

    private static Mailbox mailbox;

    @BeforeAll
    static void startMailServer() {
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stopMailServer() {
        mailbox.close();
    }

    @Test
    void registerConfirmSignInEditProfileReadNotificationsAndResetThePassword() throws Exception {
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "Blue-river-2026";
        try (Browser browser = new Browser("en")) {
            browser.open("/register?lang=en");
            browser.assertAccessible("register");
            browser.fill("Your name", "Sona Grigoryan");
            browser.fill("E-mail address", email);
            browser.fill("Password", password);
            browser.fill("Repeat the password", "Not-the-same-2026");
            browser.labelled("I agree that BePART stores my name and e-mail to run my account.").click();
            browser.follow(browser.find(By.id("register:submit")));
            assertTrue(browser.text().contains("The two passwords are not the same."), browser.text());
            browser.assertAccessible("register with an error");

            browser.fill("Password", password);
            browser.fill("Repeat the password", password);
            browser.follow(browser.find(By.id("register:submit")));
            assertTrue(browser.driver.getCurrentUrl().contains("/register/sent"), browser.driver.getCurrentUrl());
            assertTrue(browser.text().contains("Check your mail"), browser.text());
            browser.assertAccessible("registered: check your mail");

            browser.open(mailbox.link(email, "/verify") + "&lang=en");
            assertTrue(browser.text().contains("your address is confirmed"), browser.text());
            browser.assertAccessible("verify");

            browser.signIn(email, password);
            assertTrue(browser.text().contains("Welcome, Sona Grigoryan."), browser.text());
            browser.open("/account/profile?lang=en");
            browser.assertAccessible("profile");
            browser.fill("Your name", "Sona G. Grigoryan");
            new Select(browser.labelled("Preferred language")).selectByVisibleText("Français");
            browser.follow(browser.action("Save"));
            assertTrue(browser.text().contains("Votre profil est enregistré."), "shown in French now: "
                    + browser.text());
            assertTrue(browser.text().contains("Sona G. Grigoryan"), browser.text());
            assertEquals("Français", new Select(browser.labelled("Langue préférée")).getFirstSelectedOption()
                    .getText());
            browser.assertAccessible("profile saved, in French");

            browser.open("/account/notifications?lang=en");
            assertTrue(browser.text().contains("You have no notifications yet."), browser.text());
            browser.assertAccessible("notifications");
            browser.signOut();

            browser.open("/verify/resend?lang=en");
            browser.assertAccessible("resend the confirmation");
            browser.open("/password/forgot?lang=en");
            browser.assertAccessible("forgotten password");
            browser.fill("E-mail address", email.toUpperCase());
            browser.follow(browser.action("Send the link"));
            assertTrue(browser.text().contains("a link to choose a new password is on its way"), browser.text());
            browser.assertAccessible("forgotten password: sent");

            browser.open(mailbox.link(email, "/password/reset") + "&lang=en");
            browser.assertAccessible("reset password");
            browser.fill("New password", "Green-hills-2027");
            browser.fill("Repeat the password", "Green-hills-2027");
            browser.follow(browser.action("Save the new password"));
            assertTrue(browser.driver.getCurrentUrl().contains("/login"), browser.driver.getCurrentUrl());
            assertTrue(browser.text().contains("Your new password is saved."), browser.text());
            browser.signIn(email, "Green-hills-2027");
            assertTrue(browser.text().contains("Welcome, Sona G. Grigoryan."), browser.text());
            browser.signOut();
        }

        try (Browser admin = new Browser("en")) {
            admin.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
            admin.open("/admin/accounts?lang=en&q=" + email.substring(0, 16));
            admin.assertAccessible("administrators' accounts");
            assertTrue(admin.text().contains(email), admin.text());
            assertFalse(admin.text().contains(Site.ADMIN_EMAIL), "only the accounts searched for");
        }
    }
}
