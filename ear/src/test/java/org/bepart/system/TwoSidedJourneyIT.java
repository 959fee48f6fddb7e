package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole BePART lifecycle in Chromium, as the people involved click through it, with GreenMail as their mail
 * server: a civil-society contributor registers, confirms by the mailed link, creates the organisation, writes an
 * initiative in six steps with an image and invites the municipality; the municipality's contact registers from the
 * invitation and adds its perspective; a reviewer validates it with the Code's checklist; the public page shows
 * "Validated" and both perspectives. A second initiative is sent back with "changes requested", fixed and resubmitted.
 * (Named to run after the tests that count the demo initiatives.)
 */
class TwoSidedJourneyIT {

    private static final String PASSWORD = "Meadow-lantern-2026";
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

    @Test
    void anInitiativeIsToldByBothSidesValidatedAndAnotherSentBackFixedAndResubmitted() throws Exception {
        String ngoEmail = "anna-" + run + "@green-gyumri.test";
        String cityEmail = "aram-" + run + "@gyumri.test";
        String ngo = "Green Gyumri " + run;
        String city = "Gyumri municipality " + run;
        String title = "Neighbourhood tree plan " + run;
        String second = "Courtyard benches " + run;
        String fix = "Twelve benches were placed after the vote.";

        try (Browser contributor = new Browser("en"); Browser partner = new Browser("en");
             Browser reviewer = new Browser("en"); Browser reader = new Browser("en")) {
            // The civil-society contributor: registers, confirms, creates the organisation.
            register(contributor, "Anna Petrosyan", ngoEmail);
            contributor.open("/account/organisations?lang=en");
            contributor.fill("Name of the organisation", ngo);
            choose(contributor, "Kind of organisation", "Civil-society organisation");
            choose(contributor, "Member state", "Armenia");
            contributor.follow(contributor.action("Create the organisation"));
            assertTrue(contributor.text().contains("you are its first member"), contributor.text());

            // Six steps with an image, then the invitation of the other side and the submission.
            String id = writeInitiative(contributor, ngo, title, true);
            // step 6 asks the contact (the contributor) whether the public page may show the address
            assertTrue(contributor.text().contains("Your address (" + ngoEmail + ") is not shown on the public page"),
                    contributor.text());
            contributor.follow(contributor.action("Show my address on the public page"));
            assertTrue(contributor.text().contains("Your address is now shown on the public page."),
                    contributor.text());
            contributor.fill("Name of the partner organisation", city);
            contributor.fill("E-mail address of the contact person", cityEmail);
            contributor.follow(contributor.action("Send the invitation"));
            assertTrue(contributor.text().contains(city + " has been invited through " + cityEmail + "."),
                    contributor.text());
            contributor.follow(contributor.action("Submit the initiative"));
            assertTrue(contributor.text().contains("The initiative has been submitted and is public."),
                    contributor.text());

            reader.open("/initiatives/" + id + "?lang=en");
            assertTrue(reader.text().contains("Submitted"), reader.text());
            assertTrue(reader.text().contains("The other side has not joined yet."), reader.text());

            // The municipality's contact follows the invitation: asked to sign in, registers, comes back, joins.
            String invitation = mailbox.link(cityEmail, "/account/partner");
            partner.open(invitation + "&lang=en");
            assertTrue(partner.driver.getCurrentUrl().contains("/login"), partner.driver.getCurrentUrl());
            partner.follow(partner.action("No account yet? Register"));
            register(partner, "Aram Sargsyan", cityEmail);
            assertTrue(partner.driver.getCurrentUrl().contains("/account/partner"), "back at the invitation after "
                    + "signing in: " + partner.driver.getCurrentUrl());
            assertTrue(partner.text().contains(title), partner.text());
            partner.assertAccessible("invitation to join");
            partner.labelled("A new organisation (fill in below)").click();
            partner.fill("Name of the organisation", city);
            choose(partner, "Kind of organisation", "Municipality or community");
            choose(partner, "Member state", "Armenia");
            partner.fill("Its role in the initiative", "The municipality planted the trees the residents chose.");
            partner.fill("Its assessment of the process", "Residents chose better places than our plan had.");
            partner.fill("What it would do differently", "Ask the schools earlier.");
            partner.follow(partner.action("Join and publish our perspective"));
            assertTrue(partner.text().contains("Your organisation has joined \"" + title + "\" as the partner."),
                    partner.text());

            // Both sides are in: the initiative waits for review. A reviewer validates it with the checklist.
            reviewer.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
            reviewer.open("/admin/queue?lang=en");
            reviewer.fill("Title or organisation", run);
            reviewer.follow(reviewer.action("Filter"));
            reviewer.follow(reviewer.find(By.linkText(title)));
            assertTrue(reviewer.text().contains("The municipality planted the trees the residents chose."),
                    "the reviewer sees the partner's view: " + reviewer.text());
            rateEveryPrinciple(reviewer, "MET");
            reviewer.fill("Message to the contributors", "A clear two-sided account; thank you.");
            reviewer.follow(reviewer.action("Validate"));
            assertTrue(reviewer.text().contains("“" + title + "” is validated."), reviewer.text());

            // A reader sees the validated initiative with both perspectives side by side.
            reader.open("/initiatives/" + id + "?lang=en");
            String page = reader.text();
            assertTrue(page.contains("Validated"), page);
            assertTrue(page.contains("We organised three walks with the residents."), page);
            assertTrue(page.contains("The municipality planted the trees the residents chose."), page);
            assertTrue(page.contains(ngo) && page.contains(city), page);
            assertTrue(page.contains(ngoEmail), "the contributor agreed to show the address: " + page);
            assertFalse(page.contains(cityEmail), "the partner's contact did not: " + page);
            assertTrue(page.contains("Write to the contact person"), page);
            assertEquals(1, reader.driver.findElements(By.cssSelector(".gallery img")).size(), "the image");
            reader.assertAccessible("validated initiative with both perspectives");
            assertTrue(mailbox.receives(ngoEmail, "A clear two-sided account; thank you."),
                    "the contributors are told by mail");

            // A second initiative, without a partner yet: forwarded by the administrator, sent back, fixed, resubmitted.
            String secondId = writeInitiative(contributor, ngo, second, false);
            contributor.follow(contributor.action("Submit the initiative"));
            reviewer.open("/admin/review?id=" + secondId + "&lang=en");
            reviewer.follow(reviewer.action("Forward to review"));
            rateEveryPrinciple(reviewer, "PARTLY_MET");
            String request = "Please say what came of the vote on the benches " + run + ".";
            reviewer.fill("Message to the contributors", request);
            reviewer.follow(reviewer.action("Request changes"));
            assertTrue(reviewer.text().contains("Changes were requested for “" + second + "”"), reviewer.text());
            assertEquals(404, Site.get("/initiatives/" + secondId).statusCode(), "hidden while being fixed");

            contributor.open("/account/notifications?lang=en");
            assertTrue(contributor.text().contains(request), "the reviewers' message: " + contributor.text());
            assertTrue(mailbox.receives(ngoEmail, request), "and by mail");
            contributor.open("/account/initiatives?lang=en");
            contributor.follow(contributor.action("Edit: " + second));
            contributor.follow(contributor.action("Results and lessons"));
            contributor.fill("Results and impact", fix);
            contributor.follow(contributor.action("Save and continue"));
            contributor.follow(contributor.action("Save and continue"));
            contributor.follow(contributor.action("Submit the initiative"));
            assertTrue(contributor.text().contains("The initiative has been submitted"), contributor.text());

            reader.open("/initiatives/" + secondId + "?lang=en");
            assertTrue(reader.text().contains(fix), reader.text());
            assertTrue(reader.text().contains("Submitted"), reader.text());
        }
    }

    /** Registers with the form, confirms with the mailed link and signs in. */
    private void register(Browser browser, String name, String email) throws InterruptedException {
        if (!browser.driver.getCurrentUrl().contains("/register")) {
            browser.open("/register?lang=en");
        }
        browser.fill("Your name", name);
        browser.fill("E-mail address", email);
        browser.fill("Password", PASSWORD);
        browser.fill("Repeat the password", PASSWORD);
        browser.labelled("I agree that BePART stores my name and e-mail to run my account.").click();
        browser.follow(browser.find(By.id("register:submit")));
        assertTrue(browser.text().contains("Check your mail"), browser.text());
        browser.open(mailbox.link(email, "/verify") + "&lang=en");
        assertTrue(browser.text().contains("your address is confirmed"), browser.text());
        browser.signIn(email, PASSWORD);
        // signed in: the header names the person (the page may be the one that asked for the sign-in)
        assertEquals(name, browser.find(By.cssSelector(".user-nav a[href='/account']")).getText());
    }

    /** Writes an initiative through steps 1 to 5 and stops on step 6; returns its id. */
    private String writeInitiative(Browser browser, String organisation, String title, boolean withImage)
            throws IOException {
        browser.open("/account/initiatives?lang=en");
        browser.follow(browser.action("New initiative"));
        choose(browser, "Organisation submitting the initiative", organisation);
        browser.fill("Title", title);
        browser.fill("Summary", "Residents of Gyumri decided together where the new trees of their streets go.");
        browser.follow(browser.action("Save and continue"));
        Matcher id = Pattern.compile("id=([0-9]+)&step=2").matcher(browser.driver.getCurrentUrl());
        assertTrue(id.find(), browser.driver.getCurrentUrl());

        choose(browser, "Member state", "Armenia");
        browser.fill("Municipality or community", "Gyumri");
        browser.labelled("Residents").click();
        browser.follow(browser.action("Save and continue"));

        browser.labelled("Drafting").click();
        browser.labelled("Consultation").click();
        browser.labelled("The initiative is still going on").click();
        browser.follow(browser.action("Save and continue"));

        browser.fill("Its role in the initiative", "We organised three walks with the residents.");
        browser.fill("Its assessment of the process", "Many took part; the city listened.");
        browser.follow(browser.action("Save and continue"));

        if (withImage) {
            browser.labelled("Image or PDF document").sendKeys(TestImages.pngFile("trees", 800, 500).toString());
            browser.fill("Caption or title of the file", "Residents marking the places of the trees");
            browser.follow(browser.action("Upload the file"));
            assertTrue(browser.text().contains("has been added"), browser.text());
        }
        browser.follow(browser.action("Save and continue"));
        assertTrue(browser.driver.getCurrentUrl().contains("step=6"), browser.driver.getCurrentUrl());
        return id.group(1);
    }

    private static void choose(Browser browser, String label, String option) {
        new Select(browser.labelled(label)).selectByVisibleText(option);
    }

    private static void rateEveryPrinciple(Browser browser, String rating) {
        List<WebElement> principles = browser.driver.findElements(By.cssSelector("fieldset.principle"));
        assertEquals(4, principles.size(), "the principles of the Code");
        principles.forEach(p -> p.findElement(By.cssSelector("input[type=radio][value=" + rating + "]")).click());
    }
}
