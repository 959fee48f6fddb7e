package org.bepart.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator rebuilds the search index from the back office and watches it finish. */
class SearchIndexAdminIT {

    @Test
    void anAdministratorRebuildsTheIndexAndSeesItFinish() {
        try (Browser browser = new Browser("en")) {
            browser.signIn(Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD);
            browser.open("/admin?lang=en");
            browser.follow(browser.action("Search index"));
            assertTrue(browser.text().contains("Initiatives in the index"), browser.text());
            // worked out in the background after start-up, for every public initiative
            assertTrue(browser.text().contains("Last worked out"), browser.text());
            String before = lastRebuild(browser);
            browser.assertAccessible("search index page");

            browser.follow(browser.action("Rebuild the index"));
            assertTrue(browser.text().contains("The rebuild has started"), browser.text());
            // the page polls while the rebuild runs, then shows the result without a reload
            // (the poll re-renders the facts: an element found just before may be replaced while it is read)
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(d -> !lastRebuild(browser).equals(before));
            assertTrue(browser.text().contains("The index holds every public initiative."), browser.text());
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> browser.find(By.id("index:rebuild")).isEnabled());
            browser.assertAccessible("search index page after a rebuild");
        }
    }

    /** The "last rebuild" fact as shown (date and time of day, and how many it indexed). */
    private static String lastRebuild(Browser browser) {
        return browser.find(By.xpath("//dt[normalize-space(.)='Last rebuild since the server started']"
                + "/following-sibling::dd")).getText();
    }
}
