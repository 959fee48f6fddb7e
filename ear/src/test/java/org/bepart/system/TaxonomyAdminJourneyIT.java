package org.bepart.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator verifies a municipality (written for the journey) found in the list of organisations: visitors
 * see the badge on its page until the administrator takes it away. And an administrator adds two themes, renames one
 * in French, and merges the other into it (confirming the merge): the public catalogue in French then offers the kept
 * theme, under its new name, with the initiatives of both, and no longer the merged one. The themes are put on three demo initiatives in the database (and indexed by a rebuild);
 * afterwards everything the journey added is taken away again, so that other tests see the demo lists.
 */
class TaxonomyAdminJourneyIT {

    @Test
    void anAdministratorRenamesAndMergesThemesAndTheCatalogueFollows() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String oldCode = "journey-" + tag + "-old";
        String keptCode = "journey-" + tag + "-kept";
        String keptFrench = "Thème conservé " + tag;
        List<Long> initiatives = publicDemoInitiatives();
        try (Browser admin = new Browser("en")) {
            admin.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
            admin.open("/admin?lang=en");
            admin.follow(admin.action("Themes, tools and target groups"));
            assertTrue(admin.text().contains("Urban development"), "the themes of the demo: " + admin.text());
            add(admin, oldCode, "Old theme " + tag);
            add(admin, keptCode, "Kept theme " + tag);
            admin.assertAccessible("back office: themes");
            long oldId = termId(oldCode);
            long keptId = termId(keptCode);
            try {
                classify(initiatives.subList(0, 2), oldId);
                classify(initiatives.subList(2, 3), keptId);
                rebuildIndex(admin);
                waitForFacet(admin, oldCode, "Fr Old theme " + tag + " 2");

                admin.open("/admin/taxonomies?lang=en&kind=theme");
                admin.follow(admin.find(By.xpath("//a[@title='Rename “Kept theme " + tag
                        + "” in the four languages']")));
                admin.fill("Name in French", keptFrench);
                admin.follow(admin.action("Save the names"));
                assertTrue(admin.text().contains("The names have been saved"), admin.text());
                assertTrue(admin.text().contains(keptFrench), admin.text());

                new Select(admin.labelled("Merge “Old theme " + tag + "” into"))
                        .selectByVisibleText("Kept theme " + tag);
                confirmAndFollow(admin, admin.find(By.xpath("//input[@title='Merge “Old theme " + tag
                        + "” into the term chosen']")));
                assertTrue(admin.text().contains("has been merged"), admin.text());
                assertTrue(admin.text().contains("Merged into " + keptCode), admin.text());
                admin.assertAccessible("back office: themes after a merge");

                waitForFacet(admin, keptCode, keptFrench + " 3");
                assertTrue(admin.find(By.cssSelector("main")).findElements(
                        By.cssSelector("label[for='theme-" + oldCode + "']")).isEmpty(), "the merged theme is gone");
                String taxonomies = Site.get("/api/v1/taxonomies?lang=fr").body();
                assertTrue(taxonomies.contains(keptFrench), taxonomies);
                assertTrue(taxonomies.contains("\"code\":\"" + oldCode + "\"") && taxonomies.contains("\"retired\":true"),
                        "the merged theme is listed as retired: " + taxonomies);
            } finally {
                remove(oldId, keptId);
                // the lists are read again on the next change, the index without the journey's themes
                admin.open("/admin/taxonomies?lang=en&kind=theme");
                admin.follow(admin.find(By.xpath("//input[@title='Move “Urban development” one place down']")));
                admin.follow(admin.find(By.xpath("//input[@title='Move “Urban development” one place up']")));
                rebuildIndex(admin);
            }
            String taxonomies = Site.get("/api/v1/taxonomies?lang=en").body();
            assertTrue(!taxonomies.contains(tag), "the journey's themes are gone: " + taxonomies);
        }
    }

    @Test
    void anAdministratorVerifiesAnAuthorityFoundInTheListAndVisitorsSeeTheBadge() throws Exception {
        String name = "Journey town " + UUID.randomUUID().toString().substring(0, 8);
        long id;
        try (Connection db = db(); PreparedStatement s = db.prepareStatement("INSERT INTO organisation"
                + " (id, version, name, kind, country, created_at) VALUES (nextval('organisation_seq'), 0, ?,"
                + " 'MUNICIPALITY', 'AM', CURRENT_TIMESTAMP) RETURNING id")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                id = r.getLong(1);
            }
        }
        try (Browser admin = new Browser("en")) {
            admin.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
            admin.open("/admin?lang=en");
            admin.follow(admin.action("Organisations"));
            new Select(admin.labelled("Kind of organisation")).selectByVisibleText("Municipality or community");
            admin.fill("Words of the name", name);
            admin.follow(admin.action("Apply filters"));
            assertTrue(admin.text().contains(name) && admin.text().contains("#" + id), admin.text());
            admin.assertAccessible("back office: organisations");
            admin.follow(admin.find(By.xpath("//input[@title=" + literal("Confirm that " + name
                    + " is the public authority it names") + "]")));
            assertTrue(admin.text().contains(name + " is verified."), admin.text());
            try {
                String page = Site.get("/organisations/" + id + "?lang=en").body();
                assertTrue(page.contains("badge-verified"), "the badge on its public page");
                new Select(admin.labelled("Verified")).selectByVisibleText("Verified only");
                admin.follow(admin.action("Apply filters"));
                assertTrue(admin.text().contains("#" + id), admin.text());
            } finally {
                confirmAndFollow(admin, admin.find(By.xpath("//input[@title=" + literal("Take the badge away from "
                        + name) + "]")));
            }
            assertTrue(admin.text().contains(name + " is no longer verified."), admin.text());
            assertTrue(!Site.get("/organisations/" + id + "?lang=en").body().contains("badge-verified"),
                    "the badge is gone for visitors too");
        } finally {
            try (Connection db = db(); PreparedStatement s = db.prepareStatement(
                    "DELETE FROM organisation WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
    }

    /** A string as an XPath literal, whatever quotes it holds. */
    private static String literal(String text) {
        return text.contains("'") ? "concat('" + text.replace("'", "',\"'\",'") + "')" : "'" + text + "'";
    }

    private static void add(Browser admin, String code, String english) {
        admin.fill("Code", code);
        admin.fill("Name in Armenian", "Հ " + english);
        admin.fill("Name in English", english);
        admin.fill("Name in French", "Fr " + english);
        admin.fill("Name in Russian", "Ру " + english);
        admin.follow(admin.action("Add the term"));
        assertTrue(admin.text().contains("“" + english + "” has been added."), admin.text());
    }

    /** Clicks a button that asks for a confirmation, accepts it and waits for the next page. */
    private static void confirmAndFollow(Browser browser, WebElement button) {
        WebElement page = browser.find(By.tagName("html"));
        button.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.tagName("main"))
                .isEmpty());
    }

    /** Rebuilds the index from the back office and waits until the catalogue can be read again. */
    private static void rebuildIndex(Browser admin) {
        admin.open("/admin/search?lang=en");
        admin.follow(admin.action("Rebuild the index"));
        assertTrue(admin.text().contains("The rebuild has started"), admin.text());
        // the page polls while the rebuild runs (its button disabled), then shows the result
        new WebDriverWait(admin.driver, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                .until(d -> admin.find(By.id("index:rebuild")).isEnabled()
                        && admin.text().contains("The index holds every public initiative."));
    }

    /** Opens the French catalogue until its theme filter shows this label (name and count) for {@code code}. */
    private static void waitForFacet(Browser browser, String code, String label) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
            browser.open("/initiatives?lang=fr");
            List<WebElement> found = d.findElements(By.cssSelector("label[for='theme-" + code + "']"));
            return !found.isEmpty() && found.get(0).getText().strip().equals(label);
        });
    }

    /** Three public demo initiatives (the first ones: ids count from 1 in the demo file's order). */
    private static List<Long> publicDemoInitiatives() {
        List<Map<String, Object>> demo = Site.demo();
        return IntStream.range(0, demo.size()).filter(i -> Site.isPublic(demo.get(i))).limit(3)
                .mapToObj(i -> (long) i + 1).toList();
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user"), System.getProperty("bepart.it.db.password"));
    }

    private static long termId(String code) throws SQLException {
        try (Connection db = db(); PreparedStatement s = db.prepareStatement(
                "SELECT id FROM term WHERE kind = 'THEME' AND code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no theme " + code);
                return r.getLong(1);
            }
        }
    }

    private static void classify(List<Long> initiativeIds, long termId) throws SQLException {
        try (Connection db = db(); PreparedStatement s = db.prepareStatement(
                "INSERT INTO initiative_term (initiative_id, term_id) VALUES (?, ?)")) {
            for (long id : initiativeIds) {
                s.setLong(1, id);
                s.setLong(2, termId);
                assertEquals(1, s.executeUpdate());
            }
        }
    }

    private static void remove(long... termIds) throws SQLException {
        try (Connection db = db()) {
            for (String sql : List.of("DELETE FROM initiative_term WHERE term_id = ?",
                    "UPDATE term SET merged_into_id = NULL WHERE id = ?", "DELETE FROM term WHERE id = ?")) {
                for (long id : termIds) {
                    try (PreparedStatement s = db.prepareStatement(sql)) {
                        s.setLong(1, id);
                        s.executeUpdate();
                    }
                }
            }
        }
    }
}
