package org.bepart.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public directory of organisations (issue 14, item 5) as a reader sees it: an organisation with its number of
 * public initiatives, filters in the address, junk answered with the page, and no session.
 */
class OrganisationDirectoryPageIT {

    private static final long CIVIC = 990_801;
    private static final long TOWN = 990_802;
    private static final long SUBMITTED = 990_851;
    private static final long DRAFT = 990_852;
    private static final String CIVIC_NAME = "Directory Civic Lab 990801";
    private static final String TOWN_NAME = "Directory Town Hall 990802";

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

    /** Two organisations: a submitted initiative of both (public), and a draft of the first (not). */
    @BeforeAll
    static void organisations() throws SQLException {
        try (Connection db = database()) {
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, ?, 'CIVIL_SOCIETY', "
                    + "'AM', NOW()) ON CONFLICT (id) DO NOTHING", CIVIC, CIVIC_NAME);
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, ?, 'MUNICIPALITY', "
                    + "'FR', NOW()) ON CONFLICT (id) DO NOTHING", TOWN, TOWN_NAME);
            exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, created_at, "
                    + "updated_at, submitted_at, owner_id, partner_id, wizard_step) VALUES (?, 'SUBMITTED', 'EN', "
                    + "'AM', 'LOCAL', NOW(), NOW(), NOW(), ?, ?, 6) ON CONFLICT (id) DO NOTHING", SUBMITTED, CIVIC,
                    TOWN);
            exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, created_at, "
                    + "updated_at, owner_id, wizard_step) VALUES (?, 'DRAFT', 'EN', 'AM', 'LOCAL', NOW(), NOW(), ?, 6) "
                    + "ON CONFLICT (id) DO NOTHING", DRAFT, CIVIC);
            for (long id : new long[] {SUBMITTED, DRAFT}) {
                exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'EN', ?, ?) "
                        + "ON CONFLICT DO NOTHING", id, "Directory test " + id, "Made for the directory test.");
            }
        }
    }

    /** The submitted initiative leaves the public ones, so that other tests' counts stay as they were. */
    @AfterAll
    static void withdraw() throws SQLException {
        try (Connection db = database()) {
            exec(db, "UPDATE initiative SET status = 'REJECTED' WHERE id = ?", SUBMITTED);
        }
    }

    private static String row(HttpResponse<String> response, long id) {
        String body = response.body();
        int link = body.indexOf("href=\"/organisations/" + id + "/");
        assertTrue(link > 0, "a link to organisation " + id);
        return body.substring(link, body.indexOf("</tr>", link));
    }

    @Test
    void listsAnOrganisationWithItsPublicInitiativesAndLinksToIt() {
        HttpResponse<String> all = Site.get("/organisations?lang=en");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("<h1>Organisations</h1>"), "the directory's heading");
        assertTrue(all.body().contains("<caption>"), "a table with a caption");
        assertTrue(all.body().contains("<label for=\"directory-country\">"), "labelled filters");

        HttpResponse<String> found = Site.get("/organisations?lang=en&q=directory+civic+lab+990801");
        assertEquals(200, found.statusCode());
        String civic = row(found, CIVIC);
        assertTrue(civic.contains(CIVIC_NAME) && civic.contains("Civil-society organisation")
                && civic.contains("Armenia"), civic);
        assertTrue(civic.contains("<td class=\"number\">1</td>"), "the submitted one, not the draft: " + civic);

        HttpResponse<String> profile = Site.get("/organisations/" + CIVIC + "?lang=en");
        assertEquals(200, profile.statusCode());
        assertTrue(profile.body().contains("href=\"/organisations\""), "the profile links to the directory");
    }

    @Test
    void filtersByMemberStateAndSector() {
        HttpResponse<String> france = Site.get("/organisations?lang=en&country=FR&q=Directory");
        assertEquals(200, france.statusCode());
        assertTrue(row(france, TOWN).contains("<td class=\"number\">1</td>"), "as partner");
        assertFalse(france.body().contains(CIVIC_NAME));
        assertTrue(france.body().contains("<option value=\"FR\" selected=\"selected\">"), "the filter shows");

        HttpResponse<String> civilSociety = Site.get("/organisations?lang=en&sector=civil-society&q=Directory");
        assertTrue(civilSociety.body().contains(CIVIC_NAME));
        assertFalse(civilSociety.body().contains(TOWN_NAME));

        HttpResponse<String> busiest = Site.get("/organisations?lang=fr&sort=initiatives&country=AM&q=990801");
        assertEquals(200, busiest.statusCode());
        assertTrue(busiest.body().contains(CIVIC_NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/organisations?country=XX&sector=nope&sort=zzz&page=abc",
            "/organisations?page=-1", "/organisations?page=99999999999999", "/organisations?page=999999&q=Directory",
            "/organisations?q=%25_%5C", "/organisations?q=%27%3Cscript%3E", "/organisations?country=am&country=FR",
            "/organisations?q="
                    + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                    + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void junkInTheAddressGetsThePage(String path) {
        HttpResponse<String> response = Site.get(path + "&lang=en");
        assertEquals(200, response.statusCode(), path);
        assertFalse(response.body().contains("<script>"), path);
        assertFalse(response.body().replaceAll("(?s)<script.*?</script>", "").contains("Exception"), path);
    }

    @Test
    void pathsBelowTheDirectoryThatAreNoOrganisationAreNotFound() {
        assertEquals(404, Site.get("/organisations/abc").statusCode());
        assertEquals(404, Site.get("/organisations/1/2/3").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/organisations", "/organisations?lang=en&country=AM&sector=research&sort=initiatives"})
    void readingTheDirectoryNeverCreatesAServerSession(String path) {
        HttpResponse<String> response = Site.get(path);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                path + " set " + response.headers().allValues("Set-Cookie"));
    }
}
