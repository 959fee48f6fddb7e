package org.bepart.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator imports initiatives from a CSV file (issue 15, item 4): the back office leads to the import page,
 * the dry run names the bad row and its column in the reader's language, the import runs with its progress shown
 * until it is done, and an imported initiative is found by the catalogue's search.
 */
class ImportJourneyIT {

    @Test
    void anAdministratorChecksAFileImportsItAndFindsAnImportedInitiative() throws IOException {
        String mark = "Importjourney" + UUID.randomUUID().toString().substring(0, 8);
        Path csv = Files.createTempFile("bepart-import", ".csv");
        Files.writeString(csv, "title,summary,country,level,language,stages\n"
                + mark + " benches,Residents chose the benches of the park.,AM,local,en,decision\n"
                + mark + " lighting,Residents chose the street lights.,AM,local,en,agenda-setting\n"
                + mark + " nowhere,A place that is no member state.,XX,local,en,decision\n", StandardCharsets.UTF_8);
        try (Browser browser = new Browser("en")) {
            browser.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
            browser.open("/admin?lang=en");
            browser.follow(browser.action("Import initiatives"));
            assertTrue(browser.text().contains("The file is checked first"), browser.text());

            browser.labelled("File (CSV or XLSX)").sendKeys(csv.toAbsolutePath().toString());
            browser.follow(browser.action("Check the file"));
            String report = browser.text();
            assertTrue(report.contains("The file was checked: 3 rows, 2 of them can be imported."), report);
            String badRow = browser.find(By.cssSelector("#import-problems tbody tr")).getText();
            assertTrue(badRow.startsWith("4 country"), badRow);
            assertTrue(badRow.contains("“XX” is not the code of a member state of the Council of Europe"), badRow);
            browser.assertAccessible("import page with the report of a dry run");

            browser.labelled("Validated initiatives, with a reviewer’s note").click();
            browser.fill("Reviewer’s note", "Imported in the browser journey.");
            browser.follow(browser.action("Import the rows that can be imported"));
            assertTrue(browser.text().contains("The import has started"), browser.text());
            // the page polls while the import runs and shows the end without a reload
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(d -> browser.text().contains("The import is done: 2 of 3 rows were imported."));
            assertTrue(browser.find(By.id("import-progress")).getAttribute("value").equals("100"));
            assertTrue(browser.text().contains("Recent imports"), browser.text());
            browser.assertAccessible("import page after the import");

            // the index follows each imported public initiative
            String search = "/initiatives?lang=en&q=" + URLEncoder.encode(mark, StandardCharsets.UTF_8);
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
                browser.open(search);
                return browser.text().contains(mark + " benches");
            });
            browser.follow(browser.action(mark + " benches"));
            assertTrue(browser.text().contains("Residents chose the benches of the park."), browser.text());
            assertTrue(!browser.text().contains(mark + " nowhere"));
        } finally {
            Files.deleteIfExists(csv);
            leaveThePublicOnes(mark);
        }
    }

    /** The imported initiatives leave the public ones, which other tests count. */
    private static void leaveThePublicOnes(String mark) {
        try (Connection db = DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user"), System.getProperty("bepart.it.db.password"));
             PreparedStatement imported = db.prepareStatement("SELECT DISTINCT initiative_id FROM initiative_text"
                     + " WHERE title LIKE ?")) {
            imported.setString(1, mark + "%");
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = imported.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            TestContent.reject(db, ids);
            String search = "/initiatives?lang=en&q=" + URLEncoder.encode(mark, StandardCharsets.UTF_8);
            for (int i = 0; i < 120 && Site.get(search).body().contains(mark + " benches"); i++) {
                Thread.sleep(250); // until the index followed
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
