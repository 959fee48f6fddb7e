package org.bepart.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every back-office and account URL, opened by a visitor and by people of each role (and by a contributor of another
 * organisation), answers exactly as designed: visitors are sent to the sign-in page (302), people without the role
 * get the translated 403 page, another organisation's drafts are not found (404), the rest opens (200).
 * The state-changing actions behind these pages are checked at service level by AuthorizationMatrixIT (ejb).
 */
class AccessMatrixIT {

    /** TRANSLATOR last: rows written before the role existed name no answer for it and are not tried with it. */
    enum Who { VISITOR, CONTRIBUTOR, OTHER_CONTRIBUTOR, REVIEWER, EDITOR, ADMINISTRATOR, TRANSLATOR }

    private static final long ORG_A = 990_101;
    private static final long ORG_B = 990_102;
    private static final long DRAFT_OF_A = 990_201;
    private static final long SENT_BACK_OF_A = 990_202;
    private static final Map<Who, String> EMAILS = Map.of(
            Who.CONTRIBUTOR, "matrix-contributor@bepart.test", Who.OTHER_CONTRIBUTOR, "matrix-other@bepart.test",
            Who.REVIEWER, "matrix-reviewer@bepart.test", Who.EDITOR, "matrix-editor@bepart.test",
            Who.ADMINISTRATOR, Site.ADMIN_EMAIL, Who.TRANSLATOR, "matrix-translator@bepart.test");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<Who, String> SESSIONS = new EnumMap<>(Who.class);

    /**
     * The designed answer of each URL, for VISITOR, CONTRIBUTOR, OTHER_CONTRIBUTOR, REVIEWER, EDITOR, ADMINISTRATOR
     * and, where a seventh answer is given, TRANSLATOR. 302 = to the sign-in page.
     */
    private static final Object[][] MATRIX = {
            {"/account", 302, 200, 200, 200, 200, 200},
            {"/account/profile", 302, 200, 200, 200, 200, 200},
            {"/account/notifications", 302, 200, 200, 200, 200, 200},
            {"/account/organisations", 302, 200, 200, 200, 200, 200},
            {"/account/organisations/edit?id=" + ORG_A, 302, 200, 404, 404, 404, 200},
            {"/account/initiatives", 302, 200, 200, 200, 200, 200},
            {"/account/initiatives/edit?id=" + DRAFT_OF_A, 302, 200, 404, 404, 404, 200},
            {"/account/initiatives/edit?id=" + DRAFT_OF_A + "&step=6", 302, 200, 404, 404, 404, 200},
            {"/account/initiatives/perspective?id=" + SENT_BACK_OF_A, 302, 404, 404, 404, 404, 404},
            {"/account/partner?token=not-a-token", 302, 200, 200, 200, 200, 200},
            {"/admin", 302, 403, 403, 200, 403, 200},
            {"/admin/queue", 302, 403, 403, 200, 403, 200},
            {"/admin/discussion", 302, 403, 403, 200, 403, 200},
            {"/admin/discussion?show=hidden", 302, 403, 403, 200, 403, 200},
            {"/admin/review?id=" + SENT_BACK_OF_A, 302, 403, 403, 200, 403, 200},
            {"/admin/accounts", 302, 403, 403, 403, 403, 200},
            {"/admin/search", 302, 403, 403, 403, 403, 200},
            {"/admin/import", 302, 403, 403, 403, 403, 200},
            {"/admin/taxonomies", 302, 403, 403, 403, 403, 200},
            {"/admin/taxonomies?kind=target", 302, 403, 403, 403, 403, 200},
            {"/admin/taxonomies?kind=principle", 302, 403, 403, 403, 403, 404},
            {"/admin/organisations?verified=no&page=2", 302, 403, 403, 403, 403, 200},
            // no demo mailbox on this server (bepart.demo.mailbox-url unset): not found for those who pass web.xml
            {"/admin/mailbox", 302, 403, 403, 404, 403, 404},
            {"/admin/partner?id=" + SENT_BACK_OF_A, 302, 403, 403, 403, 403, 200},
            {"/admin/news", 302, 403, 403, 403, 200, 200},
            {"/admin/news/edit", 302, 403, 403, 403, 200, 200},
            {"/admin/news/images", 302, 403, 403, 403, 200, 200},
            {"/admin/audit", 302, 403, 403, 403, 200, 200},
            {"/admin/audit.csv", 302, 403, 403, 403, 200, 200},
            {"/admin/account-activity?account=990001", 302, 403, 403, 403, 403, 200},
            {"/admin/translations", 302, 403, 403, 403, 403, 200, 200},
            {"/admin/translations?language=fr", 302, 403, 403, 403, 403, 200, 200},
            {"/admin/translations?language=xx", 302, 403, 403, 403, 403, 404, 404},
            // the translation of an initiative that is not public: nobody's
            {"/account/translation?initiative=" + SENT_BACK_OF_A + "&language=fr", 302, 404, 404, 404, 404, 404, 404},
            {"/account/translation?initiative=" + DRAFT_OF_A + "&language=xx", 302, 404, 404, 404, 404, 404, 404},
            {"/account", 302, 200, 200, 200, 200, 200, 200},
            {"/admin", 302, 403, 403, 200, 403, 200, 403},
            {"/admin/news", 302, 403, 403, 403, 200, 200, 403},
            {"/account/following", 302, 200, 200, 200, 200, 200, 200},
    };

    @BeforeAll
    static void peopleAndTheirOrganisations() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user"), System.getProperty("bepart.it.db.password"))) {
            String hash;
            try (PreparedStatement s = db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
                s.setString(1, Site.ADMIN_EMAIL);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "the first administrator exists");
                    hash = r.getString(1); // everybody here shares the administrator's password
                }
            }
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, ?, 'CIVIL_SOCIETY', 'AM', NOW())",
                    ORG_A, "Matrix Civic Lab");
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, ?, 'CIVIL_SOCIETY', 'AM', NOW())",
                    ORG_B, "Matrix Other Lab");
            TestAccounts.insert(db, 990_001, EMAILS.get(Who.CONTRIBUTOR), "Matrix " + Who.CONTRIBUTOR, hash,
                    "CONTRIBUTOR", ORG_A);
            TestAccounts.insert(db, 990_002, EMAILS.get(Who.OTHER_CONTRIBUTOR), "Matrix " + Who.OTHER_CONTRIBUTOR, hash,
                    "CONTRIBUTOR", ORG_B);
            TestAccounts.insert(db, 990_003, EMAILS.get(Who.REVIEWER), "Matrix " + Who.REVIEWER, hash,
                    "REVIEWER", null);
            TestAccounts.insert(db, 990_004, EMAILS.get(Who.EDITOR), "Matrix " + Who.EDITOR, hash,
                    "EDITOR", null);
            TestAccounts.insert(db, 990_005, EMAILS.get(Who.TRANSLATOR), "Matrix " + Who.TRANSLATOR, hash,
                    "TRANSLATOR", null);
            initiative(db, DRAFT_OF_A, "DRAFT", "Matrix draft");
            initiative(db, SENT_BACK_OF_A, "CHANGES_REQUESTED", "Matrix sent back");
        }
        for (Who who : Who.values()) {
            if (who != Who.VISITOR) {
                SESSIONS.put(who, signIn(EMAILS.get(who)));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyUrlAnswersEveryoneAsDesigned() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Object[] row : MATRIX) {
            String path = (String) row[0];
            for (Who who : Who.values()) {
                if (1 + who.ordinal() >= row.length) {
                    continue;
                }
                int expected = (Integer) row[1 + who.ordinal()];
                cells.add(DynamicTest.dynamicTest(who + " " + path, () -> {
                    HttpResponse<String> response = get(path + (path.contains("?") ? "&" : "?") + "lang=en", who);
                    assertEquals(expected, response.statusCode(), who + " " + path);
                    if (expected == 302) {
                        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login"),
                                "to the sign-in page: " + response.headers().firstValue("Location"));
                    }
                    if (expected == 403) {
                        assertTrue(response.body().contains("You may not open this page"), "translated: "
                                + response.body());
                    }
                    if (expected == 404) {
                        assertTrue(response.body().contains("Page not found"), "translated");
                    }
                    if (expected >= 400) {
                        assertTrue(!response.body().contains("Matrix draft"), "nothing of the draft shows");
                    }
                }));
            }
        }
        return cells.stream();
    }

    private static HttpResponse<String> get(String path, Who who) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Site.BASE + path)).timeout(Duration.ofSeconds(30));
        if (who != Who.VISITOR) {
            request.header("Cookie", SESSIONS.get(who));
        }
        return send(request.build());
    }

    /** Signs in with the form, as a browser does; returns the session cookie. */
    private static String signIn(String email) {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(Site.BASE + "/login?lang=en")).build());
        String cookie = sessionCookie(form);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(state.find(), form.body());
        String body = "login=login&login%3Aemail=" + encode(email) + "&login%3Apassword=" + encode(Site.ADMIN_PASSWORD)
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + encode(state.group(1));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(Site.BASE + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(302, signedIn.statusCode(), email + " signs in: " + signedIn.body());
        return sessionCookie(signedIn);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    /** An initiative of organisation A that is not public (a draft, or sent back for changes). */
    private static void initiative(Connection db, long id, String status, String title) throws SQLException {
        exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, created_at, "
                + "updated_at, submitted_at, owner_id, wizard_step) VALUES (?, ?, 'EN', 'AM', 'LOCAL', NOW(), NOW(), "
                + ("DRAFT".equals(status) ? "NULL" : "NOW()") + ", ?, 1)", id, status, ORG_A);
        exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'EN', ?, ?)",
                id, title, "Made for the access matrix.");
    }

    private static void exec(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
