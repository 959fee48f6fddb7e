package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reviewer's day in Chromium, as the administrator: the back office's home, the queue and its filters, a request for
 * changes with the checklist, a bulk forward and a validation, the public history of an initiative; axe on every page.
 * It works on two initiatives of its own (written into the database before) and leaves both hidden from the public, so
 * the other system tests see only the demo data.
 */
class ReviewJourneyIT {

    private static final long SENT_BACK = 900_001;
    private static final long VALIDATED = 900_002;
    private static Browser browser;

    @BeforeAll
    static void writeInitiativesAndSignIn() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user"), System.getProperty("bepart.it.db.password"));
             Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE FROM initiative WHERE id IN (" + SENT_BACK + ", " + VALIDATED + ")");
            insert(sql, SENT_BACK, "UNDER_REVIEW", "Wombat youth council consultation",
                    "Young people advised the council on its youth strategy.");
            insert(sql, VALIDATED, "SUBMITTED", "Wombat river park dialogue",
                    "Residents and pupils planned five paths along the river.");
            sql.executeUpdate("INSERT INTO initiative_transition (id, initiative_id, from_status, to_status,"
                    + " actor_name, at) VALUES (900001, " + SENT_BACK + ", 'DRAFT', 'SUBMITTED', 'Carla Contributor',"
                    + " now() - interval '3 days'), (900002, " + SENT_BACK + ", 'SUBMITTED', 'UNDER_REVIEW', NULL,"
                    + " now() - interval '2 days')");
            sql.executeUpdate("INSERT INTO initiative_version (id, initiative_id, number, created_at, author_name,"
                    + " snapshot) VALUES (900001, " + VALIDATED + ", 1, now() - interval '2 days', 'Carla Contributor',"
                    + " '{\"title.en\": \"Wombat river park dialogue\", \"description.en\": \"Residents planned three"
                    + " paths along the river.\", \"country\": \"IE\", \"stages\": \"DRAFTING\"}'),"
                    + " (900002, " + VALIDATED + ", 2, now() - interval '1 day', 'Carla Contributor',"
                    + " '{\"title.en\": \"Wombat river park dialogue\", \"description.en\": \"Residents and pupils"
                    + " planned five paths along the river.\", \"country\": \"IE\", \"stages\": \"DRAFTING\\nDECISION\"}')");
        }
        browser = new Browser("en");
        // Browser.signIn's "Sign in" finds the header's link of that name first: press the form's own button
        browser.open("/login?lang=en");
        browser.fill("E-mail address", Site.ADMIN_EMAIL);
        browser.fill("Password", Site.ADMIN_PASSWORD);
        follow(browser.find(By.id("login:submit")));
        assertTrue(browser.driver.getCurrentUrl().contains("/account"), browser.text());
    }

    private static void insert(Statement sql, long id, String status, String title, String description)
            throws SQLException {
        sql.executeUpdate("INSERT INTO initiative (id, version, status, original_language, country, region,"
                + " municipality, government_level, ongoing, cso_name, authority_name, created_at, submitted_at,"
                + " updated_at, wizard_step) VALUES (" + id + ", 1, '" + status + "', 'EN', 'IE', 'Leinster',"
                + " 'Kilkenny', 'LOCAL', FALSE, 'Wombat Friends', 'Kilkenny County Council',"
                + " now() - interval '3 days', now() - interval '3 days', now() - interval '1 day', 6)");
        sql.executeUpdate("INSERT INTO initiative_text (initiative_id, language, title, summary, description)"
                + " VALUES (" + id + ", 'EN', '" + title + "', 'A summary of " + title + ".', '" + description + "')");
        sql.executeUpdate("INSERT INTO initiative_stage (initiative_id, stage) VALUES (" + id + ", 'DRAFTING'), ("
                + id + ", 'DECISION')");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReviewerWorksThroughTheQueue() {
        browser.open("/admin?lang=en");
        assertTrue(browser.text().contains("Initiatives by status"), browser.text());
        assertEquals(1, browser.driver.findElements(By.linkText("Accounts and roles")).size());
        browser.assertAccessible("back office home");

        follow(browser.action("Open the review queue"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/admin/queue"), browser.driver.getCurrentUrl());
        assertEquals("page", browser.find(By.cssSelector(".queue-tabs a[aria-current='page']")).getAttribute(
                "aria-current"));
        assertTrue(browser.find(By.cssSelector(".queue-tabs a[aria-current='page']")).getText().startsWith("To do"));
        browser.assertAccessible("review queue");

        browser.fill("Title or organisation", "wombat");
        follow(browser.action("Filter"));
        assertTrue(browser.driver.getCurrentUrl().contains("q=wombat"), "filters are in the URL");
        assertEquals(List.of("Wombat youth council consultation", "Wombat river park dialogue"), titles());
        browser.assertAccessible("filtered queue");

        // Request changes: the checklist, and a message the contributors need
        follow(browser.driver.findElement(By.linkText("Wombat youth council consultation")));
        assertTrue(browser.driver.getCurrentUrl().contains("/admin/review?id=" + SENT_BACK));
        assertTrue(browser.text().contains("The views of both sides"));
        assertTrue(browser.text().contains("Carla Contributor"), "the history of transitions");
        browser.assertAccessible("review screen");
        rateEveryPrinciple("PARTLY_MET");
        browser.fill("Note on “Participation”", "Young people took part in two rounds.");
        follow(browser.action("Request changes"));
        assertTrue(browser.text().contains("a message is required to request changes"), browser.text());
        assertTrue(browser.driver.findElements(By.cssSelector("input[type=radio][value=PARTLY_MET]")).stream()
                .allMatch(WebElement::isSelected), "the checklist is still filled in");
        assertEquals("Young people took part in two rounds.", browser.labelled("Note on “Participation”")
                .getAttribute("value"));
        browser.assertAccessible("review screen with an error");
        browser.fill("Message to the contributors", "Please describe what the council did with the advice.");
        follow(browser.action("Request changes"));
        assertTrue(browser.driver.getCurrentUrl().contains("/admin/queue"), browser.driver.getCurrentUrl());
        assertTrue(browser.text().contains("Changes were requested for “Wombat youth council consultation”"),
                browser.text());

        browser.open("/admin/queue?q=wombat&lang=en");
        assertEquals(List.of("Wombat river park dialogue"), titles(), "gone from the to-do list");
        browser.open("/admin/queue?status=changes-requested&q=wombat&lang=en");
        assertEquals(List.of("Wombat youth council consultation"), titles());
        assertEquals(404, Site.get("/initiatives/" + SENT_BACK).statusCode(), "hidden from the public");

        // Forward in bulk, then validate
        browser.open("/admin/queue?q=wombat&lang=en");
        browser.labelled("Select “Wombat river park dialogue”").click();
        follow(browser.action("Forward to review"));
        assertTrue(browser.text().contains("Forwarded to review: “Wombat river park dialogue”."), browser.text());
        follow(browser.driver.findElement(By.linkText("Wombat river park dialogue")));
        rateEveryPrinciple("MET");
        follow(browser.action("Validate"));
        assertTrue(browser.text().contains("“Wombat river park dialogue” is validated."), browser.text());

        // Its public history
        browser.open("/initiatives/" + VALIDATED + "/history?lang=en");
        assertTrue(browser.text().contains("History of “Wombat river park dialogue”"), browser.text());
        assertEquals(2, browser.driver.findElements(By.cssSelector("table.data-table tbody tr")).size());
        List<String> added = browser.driver.findElements(By.cssSelector(".diff ins")).stream()
                .map(e -> e.getAttribute("textContent")).toList();
        assertTrue(added.stream().anyMatch(t -> t.startsWith("[added] and pupils")), added.toString());
        assertTrue(added.contains("[added] Decision"), added.toString());
        assertTrue(browser.driver.findElements(By.cssSelector(".diff del")).stream()
                .anyMatch(e -> e.getAttribute("textContent").contains("three")));
        assertFalse(browser.text().contains("Member state"), "unchanged fields are left out");
        browser.assertAccessible("history page");
        browser.open("/initiatives/" + VALIDATED + "/history?from=2&to=1&lang=en");
        assertTrue(browser.driver.findElements(By.cssSelector(".diff del")).stream()
                .anyMatch(e -> e.getAttribute("textContent").contains("pupils")), "any two versions, either way");
        assertEquals(404, Site.get("/initiatives/" + VALIDATED + "/history?to=7").statusCode());
        assertEquals(404, Site.get("/initiatives/" + SENT_BACK + "/history").statusCode());

        // A later correction sends it back, which also leaves the public catalogue as the other tests expect it
        browser.open("/admin/review?id=" + VALIDATED + "&lang=en");
        assertTrue(browser.text().contains("Earlier reviews"));
        rateEveryPrinciple("PARTLY_MET");
        browser.fill("Message to the contributors", "The dates need a correction.");
        follow(browser.action("Request changes"));
        assertEquals(404, Site.get("/initiatives/" + VALIDATED).statusCode());
    }

    /**
     * Clicks what leads to another page and waits for it, like {@code Browser.follow}, but also takes Chromium's
     * "node does not belong to the document" (the old page went away while it was being checked) as gone.
     */
    private static void follow(WebElement element) {
        WebElement page = browser.driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));
    }

    private static List<String> titles() {
        return browser.driver.findElements(By.cssSelector(".queue-table tbody th a")).stream()
                .map(WebElement::getText).toList();
    }

    private static void rateEveryPrinciple(String rating) {
        List<WebElement> principles = browser.driver.findElements(By.cssSelector("fieldset.principle"));
        assertEquals(4, principles.size(), "the principles of the Code");
        principles.forEach(p -> p.findElement(By.cssSelector("input[type=radio][value=" + rating + "]")).click());
    }
}
