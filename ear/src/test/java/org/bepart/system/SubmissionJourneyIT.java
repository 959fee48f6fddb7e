package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contributor's journey in Chromium, as the administrator (who may create organisations like anyone): create an
 * organisation, write an initiative in six steps with an image, invite the partner, submit; the public page then
 * shows the image. axe checks every new page.
 */
class SubmissionJourneyIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser("en");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private static void choose(String label, String option) {
        new Select(browser.labelled(label)).selectByVisibleText(option);
    }

    @Test
    void aContributorWritesAnInitiativeInSixStepsWithAnImageAndSubmitsIt() throws IOException {
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            // The page the journey stopped on, to see why.
            System.err.println(browser.driver.getCurrentUrl() + "\n" + browser.driver.getPageSource());
            throw e;
        }
    }

    private void journey() throws IOException {
        String name = "Journey Civic Lab " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/account"), "signed in: " + browser.driver.getCurrentUrl());

        browser.open("/account/organisations?lang=en");
        browser.assertAccessible("my organisations");
        browser.follow(browser.action("Create the organisation"));
        assertTrue(browser.text().contains("Name of the organisation: please fill this in."), browser.text());
        browser.fill("Name of the organisation", name);
        choose("Kind of organisation", "Civil-society organisation");
        choose("Member state", "Armenia");
        browser.fill("Website", "https://civic-lab.example.org");
        browser.follow(browser.action("Create the organisation"));
        assertTrue(browser.driver.getCurrentUrl().contains("/account/organisations/edit"), browser.driver.getCurrentUrl());
        assertTrue(browser.text().contains("you are its first member"), browser.text());
        browser.assertAccessible("organisation edit page");

        browser.open("/account/initiatives?lang=en");
        browser.assertAccessible("my initiatives");
        browser.follow(browser.action("New initiative"));

        // 1 basics
        browser.assertAccessible("step 1");
        choose("Organisation submitting the initiative", name);
        browser.fill("Title", "Park designed by its neighbours");
        browser.follow(browser.action("Save and continue"));
        assertTrue(browser.text().contains("Summary: please fill this in."), "validated: " + browser.text());
        assertEquals("Park designed by its neighbours", browser.labelled("Title").getAttribute("value"),
                "what was typed is kept");
        browser.assertAccessible("step 1 with errors");
        browser.fill("Summary", "Residents of Abovyan drew the plans of their new park with the municipality.");
        browser.fill("Description", "Three workshops, a walk through the site and a vote on the final plan.");
        browser.follow(browser.action("Save and continue"));
        Matcher id = Pattern.compile("id=([0-9]+)&step=2").matcher(browser.driver.getCurrentUrl());
        assertTrue(id.find(), browser.driver.getCurrentUrl());
        String initiative = id.group(1);

        // 2 where and who: a half point is refused, a click on the map sets both
        browser.assertAccessible("step 2");
        choose("Member state", "Armenia");
        browser.fill("Municipality or community", "Abovyan");
        browser.fill("Latitude", "40.27");
        browser.labelled("Longitude").clear();
        browser.follow(browser.action("Save and continue"));
        assertTrue(browser.text().contains("Give both the latitude and the longitude, or neither."), browser.text());
        assertEquals("Abovyan", browser.labelled("Municipality or community").getAttribute("value"));
        browser.labelled("Latitude").clear();
        WebElement map = browser.find(By.id("place-map"));
        new Actions(browser.driver).moveToElement(map, 20, 10).click().perform();
        assertFalse(browser.labelled("Latitude").getAttribute("value").isEmpty(), "the map click set the latitude");
        assertFalse(browser.labelled("Longitude").getAttribute("value").isEmpty(), "and the longitude");
        browser.labelled("Residents").click();
        browser.follow(browser.action("Save and continue"));

        // 3 the process
        browser.assertAccessible("step 3");
        browser.follow(browser.action("Save and continue"));
        assertTrue(browser.text().contains("Stages of the decision-making process: please fill this in."), browser.text());
        browser.labelled("Drafting").click();
        browser.labelled("Consultation").click();
        browser.labelled("The initiative is still going on").click();
        browser.follow(browser.action("Save and continue"));

        // 4 results and our own view
        browser.assertAccessible("step 4");
        browser.fill("Results and impact", "The park opened in spring.");
        browser.fill("Its role in the initiative", "We ran the workshops.");
        browser.fill("Its assessment of the process", "Open, and the municipality kept its word.");
        browser.follow(browser.action("Save draft"));
        assertTrue(browser.text().contains("Your draft has been saved."), browser.text());
        assertTrue(browser.driver.getCurrentUrl().contains("step=4"));
        browser.follow(browser.action("Save and continue"));

        // 5 media: a PNG is accepted, a text file called photo.jpg is not
        browser.assertAccessible("step 5");
        browser.labelled("Image or PDF document").sendKeys(TestImages.pngFile("park", 900, 600).toString());
        browser.fill("Caption or title of the file", "Workshop in the park");
        browser.follow(browser.action("Upload the file"));
        assertTrue(browser.text().contains("has been added"), browser.text());
        Path text = Files.createTempDirectory("bepart").resolve("photo.jpg");
        Files.writeString(text, "not a photo at all");
        browser.labelled("Image or PDF document").sendKeys(text.toString());
        browser.fill("Address of link 1", "https://example.org/park");
        browser.follow(browser.action("Upload the file"));
        assertTrue(browser.text().contains("Only JPEG, PNG and WebP images and PDF documents can be uploaded"),
                browser.text());
        assertEquals("https://example.org/park", browser.labelled("Address of link 1").getAttribute("value"),
                "a refused file loses nothing else");
        browser.assertAccessible("step 5 with an error");
        browser.follow(browser.action("Save and continue"));

        // 6 review, partner, submit
        browser.assertAccessible("step 6");
        assertTrue(browser.text().contains("Park designed by its neighbours"));
        assertTrue(browser.text().contains("Drafting"));
        browser.fill("Name of the partner organisation", "Abovyan municipality");
        browser.fill("E-mail address of the contact person", "mayor@abovyan.test");
        browser.follow(browser.action("Send the invitation"));
        assertTrue(browser.text().contains("Abovyan municipality has been invited through mayor@abovyan.test."),
                browser.text());
        browser.follow(browser.action("Submit the initiative"));
        assertTrue(browser.driver.getCurrentUrl().contains("/account/initiatives"), browser.driver.getCurrentUrl());
        assertTrue(browser.text().contains("The initiative has been submitted and is public."), browser.text());

        // the public page shows the image, the organisation and the perspective
        browser.follow(browser.action("View the public page: Park designed by its neighbours"));
        assertTrue(browser.driver.getCurrentUrl().contains("/initiatives/" + initiative), browser.driver.getCurrentUrl());
        WebElement image = browser.find(By.cssSelector(".gallery img[alt='Workshop in the park']"));
        Object width = ((JavascriptExecutor) browser.driver).executeScript(
                "var i = arguments[0]; return i.complete ? i.naturalWidth : -1;", image);
        assertEquals(480L, ((Number) width).longValue(), "the thumbnail loads");
        assertTrue(browser.text().contains("We ran the workshops."));
        assertTrue(browser.text().contains("The other side has not joined yet."));
        browser.assertAccessible("public page with perspectives and images");
        String full = browser.find(By.cssSelector(".gallery a")).getAttribute("href");
        HttpResponse<String> media = Site.get(full.substring(Site.BASE.length()));
        assertEquals(200, media.statusCode());
        assertEquals("image/jpeg", media.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", media.headers().firstValue("X-Content-Type-Options").orElseThrow());

        browser.follow(browser.find(By.linkText(name)));
        assertTrue(browser.text().contains("Park designed by its neighbours"), browser.text());
        browser.assertAccessible("organisation page");

        browser.open("/account/partner?token=not-a-token&lang=en");
        assertTrue(browser.text().contains("This invitation link cannot be used"), browser.text());
        browser.assertAccessible("invitation page with an unusable link");

        browser.open("/admin/partner?id=" + initiative + "&lang=en");
        assertTrue(browser.text().contains("mayor@abovyan.test"), browser.text());
        browser.assertAccessible("partner back office");
    }

    @Test
    void filesOfDraftsAndUnknownPagesAreNotFound() {
        assertEquals(404, Site.get("/media/999999999").statusCode());
        assertEquals(404, Site.get("/media/abc").statusCode());
        assertEquals(404, Site.get("/organisations/999999999").statusCode());
        assertEquals(404, Site.get("/organisations/x/y/z").statusCode());
    }
}
