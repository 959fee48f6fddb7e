package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out in Chromium, as the first administrator the deployer configured. */
class SignInIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser("en");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aProtectedPageAsksToSignInAndContinuesThereAfterwards() {
        browser.open("/account/profile?lang=en");
        assertTrue(browser.driver.getCurrentUrl().contains("/login"), browser.driver.getCurrentUrl());
        browser.assertAccessible("sign-in page");

        browser.fill("E-mail address", Site.ADMIN_EMAIL);
        browser.fill("Password", "not the password");
        browser.follow(browser.action("Sign in"));
        assertTrue(browser.text().contains("The e-mail address or the password is not right"), browser.text());
        browser.assertAccessible("sign-in page with an error");
        Cookie before = browser.driver.manage().getCookieNamed("JSESSIONID");

        browser.fill("E-mail address", Site.ADMIN_EMAIL.toUpperCase());
        browser.fill("Password", Site.ADMIN_PASSWORD);
        browser.follow(browser.action("Sign in"));
        assertTrue(browser.driver.getCurrentUrl().contains("/account/profile"), browser.driver.getCurrentUrl());
        assertNotEquals(before.getValue(), browser.driver.manage().getCookieNamed("JSESSIONID").getValue(),
                "a new session id after signing in");

        browser.open("/account?lang=en");
        assertTrue(browser.text().contains("Welcome, Administrator."), browser.text());
        assertEquals(1, browser.driver.findElements(By.cssSelector(".user-nav a[href=\"/admin\"]")).size());
        browser.assertAccessible("account page");

        browser.signOut();
        browser.open("/account?lang=en");
        assertTrue(browser.driver.getCurrentUrl().contains("/login"), "signed out: asked to sign in again");
    }
}
