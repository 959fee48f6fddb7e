package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A member of a French municipality finds the Goris participatory budget (demo initiative 1), marks it useful and
 * links her municipality's own initiative as a replication, saying what it adapted: both pages show the link, a
 * visitor sees it on the cached page, in the catalogue's "replicated elsewhere" filter and in the API; she then takes
 * her mark back and removes the link, and everything is as it was.
 */
class ReplicationJourneyIT {

    private static final long ORGANISATION = 990_961;
    private static final long MEMBER = 990_962;
    private static final long OWN = 990_963;
    private static final long ORIGINAL = 1;
    private static final String EMAIL = "replicating-member@example.org";
    private static final String OWN_TITLE = "Valence residents decide the budget the Goris way";
    private static final String ORIGINAL_TITLE = "Goris Participatory Budget: residents decide on community investments";
    private static final String ADAPTATION = "Two rounds of voting instead of one, and a stand at the Saturday market.";

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user"), System.getProperty("bepart.it.db.password"));
    }

    private static void exec(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** A municipality with one validated initiative and a member (who shares the administrator's password). */
    @BeforeAll
    static void aMunicipalityWithAnInitiative() throws SQLException {
        try (Connection db = database()) {
            String hash;
            try (PreparedStatement s = db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
                s.setString(1, Site.ADMIN_EMAIL);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "the first administrator exists");
                    hash = r.getString(1);
                }
            }
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, 'Mairie de Valence', "
                    + "'MUNICIPALITY', 'FR', NOW())", ORGANISATION);
            TestAccounts.insert(db, MEMBER, EMAIL, "Claire Valence", hash, "CONTRIBUTOR", ORGANISATION);
            exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, municipality, "
                    + "latitude, longitude, created_at, updated_at, submitted_at, owner_id, wizard_step) VALUES (?, "
                    + "'VALIDATED', 'EN', 'FR', 'LOCAL', 'Valence', 44.933, 4.892, NOW(), NOW(), NOW(), ?, 6)",
                    OWN, ORGANISATION);
            exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'EN', ?, "
                    + "'Residents of Valence decide how to spend part of the city budget.')", OWN, OWN_TITLE);
        }
    }

    /** Its initiative leaves the public ones, so that later counts stay as they were. */
    @AfterAll
    static void leave() throws SQLException, InterruptedException {
        try (Connection db = database()) {
            exec(db, "DELETE FROM replication WHERE initiative_id = ?", OWN);
            exec(db, "DELETE FROM initiative_useful WHERE account_id = ?", MEMBER);
            TestContent.reject(db, java.util.List.of(OWN));
        }
        eventually("/initiatives?lang=en&q=Valence", b -> !b.contains(OWN_TITLE)); // the index followed
    }

    @Test
    void aMunicipalityLinksItsReplicationAndEveryoneSeesIt() throws Exception {
        try (Browser member = new Browser("en")) {
            member.signIn(EMAIL, Site.ADMIN_PASSWORD);
            member.open("/initiatives/" + ORIGINAL + "?lang=en");
            assertTrue(member.text().contains("Marked useful: 0"), member.text());
            member.follow(member.action("This was useful to me"));
            assertTrue(member.text().contains("Thank you: your mark is counted."), member.text());
            assertTrue(member.text().contains("Marked useful: 1"), member.text());

            // A too short text is refused with its reason; the choice is kept.
            new Select(member.labelled("Your organisation’s initiative")).selectByVisibleText(OWN_TITLE);
            member.fill("What you adapted", "Votes");
            member.follow(member.action("Link as a replication"));
            assertTrue(member.text().contains("Say what you adapted in 10 to 500 characters."), member.text());
            member.fill("What you adapted", ADAPTATION);
            member.follow(member.action("Link as a replication"));
            assertTrue(member.text().contains("Your initiative is linked as a replication of this one."),
                    member.text());
            String replicated = member.find(By.id("replicated-in")).getText();
            assertTrue(replicated.contains(OWN_TITLE) && replicated.contains(ADAPTATION)
                    && replicated.contains("Valence"), replicated);
            assertTrue(member.text().contains("Replicated elsewhere: 1"), member.text());
            assertTrue(member.find(By.cssSelector("#map .leaflet-marker-icon, #map .leaflet-interactive"))
                    .isDisplayed(), "the place of the replication on the small map");
            assertTrue(member.driver.findElements(By.id("replication-own")).isEmpty(), "nothing left to link");
            member.assertAccessible("an initiative's page with its replication");

            member.follow(member.find(By.linkText(OWN_TITLE)));
            String inspired = member.find(By.id("inspired-by")).getText();
            assertTrue(inspired.contains(ORIGINAL_TITLE) && inspired.contains(ADAPTATION), inspired);

            // A visitor: the cached page, the catalogue's filter and sort, the API.
            String visitorPage = eventually("/initiatives/" + ORIGINAL + "?lang=en", b -> b.contains(OWN_TITLE));
            assertTrue(visitorPage.contains("Marked useful: 1") && visitorPage.contains(ADAPTATION), visitorPage);
            assertFalse(visitorPage.contains("name=\"csrf\""), "no form for a visitor");
            String filtered = eventually("/initiatives?replicated=yes&lang=en", b -> b.contains(ORIGINAL_TITLE));
            assertFalse(filtered.contains(OWN_TITLE), "only initiatives replicated elsewhere: " + filtered);
            String api = Site.get("/api/v1/initiatives/" + ORIGINAL).body();
            String replicatedIn = field(api, "replicatedIn");
            assertTrue(replicatedIn.contains("\"id\":" + OWN) && replicatedIn.contains(ADAPTATION)
                    && api.contains("\"usefulCount\":1"), api);
            String ownApi = Site.get("/api/v1/initiatives/" + OWN).body();
            assertTrue(field(ownApi, "inspiredBy").contains("\"id\":" + ORIGINAL + "}")
                    || field(ownApi, "inspiredBy").contains("\"id\":" + ORIGINAL + ","), ownApi);

            // She removes the link from her initiative's page and takes her mark back.
            member.driver.findElement(By.xpath("//*[@id='inspired-by']//button")).click();
            member.driver.switchTo().alert().accept();
            new org.openqa.selenium.support.ui.WebDriverWait(member.driver, java.time.Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.tagName("body")).getText().contains("The link is removed."));
            assertTrue(member.driver.findElements(By.id("inspired-by")).isEmpty(), member.text());
            member.open("/initiatives/" + ORIGINAL + "?lang=en");
            assertTrue(member.driver.findElements(By.id("replicated-in")).isEmpty(), member.text());
            member.follow(member.action("Take back my “useful” mark"));
            assertTrue(member.text().contains("Your mark is taken back.") && member.text().contains("Marked useful: 0"),
                    member.text());
        }
        String after = eventually("/initiatives/" + ORIGINAL + "?lang=en", b -> !b.contains(OWN_TITLE));
        assertTrue(after.contains("Marked useful: 0"), after);
        assertFalse(eventually("/initiatives?replicated=yes&lang=en", b -> !b.contains(ORIGINAL_TITLE))
                .contains(ORIGINAL_TITLE), "no longer replicated");
    }

    @Test
    void visitorsAreSentToSignInAndFormsNeedTheSessionsToken() {
        HttpResponse<String> anonymous = Site.post("/exchange", "initiative=" + ORIGINAL + "&action=useful");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login"));
        assertEquals(405, Site.get("/exchange").statusCode());
        assertEquals(404, Site.post("/exchange", "initiative=x&action=useful").statusCode());
        String page = Site.get("/initiatives/" + ORIGINAL + "?lang=en").body();
        assertTrue(page.contains("Sign in to mark it useful"), page);
    }

    /** The array a JSON field holds, as text ("[]" when it is empty or absent). */
    private static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":(\\[[^\\]]*\\])").matcher(json);
        return m.find() ? m.group(1) : "[]";
    }

    /** The page's body once {@code ready} holds for it, within 20 seconds (the index follows changes quickly). */
    private static String eventually(String path, Predicate<String> ready) throws InterruptedException {
        String body = "";
        for (int i = 0; i < 80; i++) {
            HttpResponse<String> response = Site.get(path);
            body = response.body();
            if (response.statusCode() == 200 && ready.test(body)) {
                return body;
            }
            Thread.sleep(250);
        }
        return body;
    }
}
