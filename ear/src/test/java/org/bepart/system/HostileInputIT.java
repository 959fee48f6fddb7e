package org.bepart.system;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every text field (inputs of every text kind, text areas, hidden values other than Faces' own) of every form of the
 * public and signed-in pages, and every parameter of the API, sent a 200 KB value shaped to make a backtracking
 * pattern take quadratic time: each answer comes within one second and is never a server error. The forms are read
 * from the pages as served, so a field added later is covered by itself.
 */
class HostileInputIT {

    enum Who { VISITOR, CONTRIBUTOR, PARTNER, REVIEWER, EDITOR, ADMINISTRATOR }

    /** About 200 KB: an address-like start and a long run a backtracking e-mail or URL pattern chews on. */
    static final String HOSTILE = "http://a@" + "a.".repeat(100_000) + " ";
    /** Long, but within what the server takes in a query string, so that the API's own checks see it. */
    static final String LONG = "a@" + "a.".repeat(2_500) + " ";
    private static final long LIMIT_MILLIS = 1000;

    private static final long ORG_A = 990_301;
    private static final long ORG_B = 990_302;
    private static final long DRAFT = 990_401;
    private static final long PARTNERED = 990_402;
    /** Under review: the state in which reviewers get the decision form. */
    private static final long IN_REVIEW = 990_403;
    private static final String RESET_TOKEN = "hostile-reset-token-0123456789abcdef";
    private static final String INVITATION_TOKEN = "hostile-invitation-token-0123456789abcdef";
    private static final Map<Who, String> EMAILS = Map.of(
            Who.CONTRIBUTOR, "hostile-contributor@bepart.test", Who.PARTNER, "hostile-partner@bepart.test",
            Who.REVIEWER, "hostile-reviewer@bepart.test", Who.EDITOR, "hostile-editor@bepart.test",
            Who.ADMINISTRATOR, Site.ADMIN_EMAIL);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<Who, String> SESSIONS = new EnumMap<>(Who.class);

    /** One page with forms, opened as one person. */
    record Page(Who who, String path) {
    }

    @BeforeAll
    static void peopleAndWhatTheyWorkOn() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user"), System.getProperty("bepart.it.db.password"))) {
            String hash;
            try (PreparedStatement s = db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
                s.setString(1, Site.ADMIN_EMAIL);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "the first administrator exists");
                    hash = r.getString(1);
                }
            }
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, ?, 'CIVIL_SOCIETY', 'AM', NOW())",
                    ORG_A, "Hostile Civic Lab");
            exec(db, "INSERT INTO organisation (id, name, kind, country, created_at) VALUES (?, ?, 'MUNICIPALITY', 'AM', NOW())",
                    ORG_B, "Hostile Town Hall");
            TestAccounts.insert(db, 990_011, EMAILS.get(Who.CONTRIBUTOR), "Hostile " + Who.CONTRIBUTOR, hash,
                    "CONTRIBUTOR", ORG_A);
            TestAccounts.insert(db, 990_012, EMAILS.get(Who.PARTNER), "Hostile " + Who.PARTNER, hash,
                    "CONTRIBUTOR", ORG_B);
            TestAccounts.insert(db, 990_013, EMAILS.get(Who.REVIEWER), "Hostile " + Who.REVIEWER, hash,
                    "REVIEWER", null);
            TestAccounts.insert(db, 990_014, EMAILS.get(Who.EDITOR), "Hostile " + Who.EDITOR, hash,
                    "EDITOR", null);
            exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, created_at, "
                    + "updated_at, owner_id, wizard_step) VALUES (?, 'DRAFT', 'EN', 'AM', 'LOCAL', NOW(), NOW(), ?, 6)",
                    DRAFT, ORG_A);
            exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'EN', ?, ?)",
                    DRAFT, "Hostile draft", "Made for the hostile input test.");
            exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, created_at, "
                    + "updated_at, submitted_at, owner_id, partner_id, wizard_step) VALUES (?, 'SUBMITTED', 'EN', 'AM', "
                    + "'LOCAL', NOW(), NOW(), NOW(), ?, ?, 6)", PARTNERED, ORG_A, ORG_B);
            exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'EN', ?, ?)",
                    PARTNERED, "Hostile partnered", "Made for the hostile input test, with a partner.");
            exec(db, "INSERT INTO initiative (id, status, original_language, country, government_level, created_at, "
                    + "updated_at, submitted_at, owner_id, partner_id, wizard_step) VALUES (?, 'UNDER_REVIEW', 'EN', "
                    + "'AM', 'LOCAL', NOW(), NOW(), NOW(), ?, ?, 6)", IN_REVIEW, ORG_A, ORG_B);
            exec(db, "INSERT INTO initiative_text (initiative_id, language, title, summary) VALUES (?, 'EN', ?, ?)",
                    IN_REVIEW, "Hostile under review", "Made for the hostile input test, to be reviewed.");
            // a question on the partnered (public) initiative: its page then has the reply and report forms too
            exec(db, "INSERT INTO initiative_post (id, initiative_id, author_id, kind, language, body, team, "
                    + "created_at, held) VALUES (990701, ?, 990011, 'QUESTION', 'EN', 'A hostile question?', TRUE, "
                    + "NOW(), FALSE)", PARTNERED);
            exec(db, "UPDATE initiative SET post_count = 1 WHERE id = ?", PARTNERED);
            exec(db, "INSERT INTO account_token (id, account_id, purpose, token_hash, created_at, expires_at) "
                    + "VALUES (990501, 990011, 'RESET_PASSWORD', ?, NOW(), NOW() + INTERVAL '1 hour')", sha256(RESET_TOKEN));
            exec(db, "INSERT INTO partner_invitation (id, initiative_id, organisation_name, email, token_hash, "
                    + "invited_by, invited_at, expires_at) VALUES (990601, ?, 'Hostile Town Hall', ?, ?, 990011, NOW(), "
                    + "NOW() + INTERVAL '7 days')", DRAFT, EMAILS.get(Who.PARTNER), sha256(INVITATION_TOKEN));
        }
        for (Who who : Who.values()) {
            if (who != Who.VISITOR) {
                SESSIONS.put(who, signIn(EMAILS.get(who)));
            }
        }
    }

    /** Every page with a form, and whom it is for. */
    static List<Page> pages() {
        List<Page> pages = new ArrayList<>(List.of(
                new Page(Who.VISITOR, "/login"), new Page(Who.VISITOR, "/register"),
                new Page(Who.VISITOR, "/password/forgot"), new Page(Who.VISITOR, "/password/reset?token=" + RESET_TOKEN),
                new Page(Who.VISITOR, "/verify/resend"), new Page(Who.VISITOR, "/newsletter"),
                new Page(Who.VISITOR, "/"), new Page(Who.VISITOR, "/news"), new Page(Who.VISITOR, "/initiatives"),
                new Page(Who.VISITOR, "/initiatives/1/history"),
                // a public initiative as somebody signed in: the discussion's and the exchange's plain POST forms
                new Page(Who.REVIEWER, "/initiatives/" + PARTNERED),
                new Page(Who.CONTRIBUTOR, "/account/profile"), new Page(Who.CONTRIBUTOR, "/account/organisations"),
                new Page(Who.CONTRIBUTOR, "/account/organisations/edit?id=" + ORG_A),
                new Page(Who.CONTRIBUTOR, "/account/notifications"),
                // following: an organisation's follow button, the list of follows with the delivery choice
                new Page(Who.CONTRIBUTOR, "/organisations/" + ORG_A), new Page(Who.CONTRIBUTOR, "/account/following"),
                new Page(Who.PARTNER, "/account/partner?token=" + INVITATION_TOKEN),
                new Page(Who.PARTNER, "/account/initiatives/perspective?id=" + PARTNERED),
                new Page(Who.REVIEWER, "/admin/queue"), new Page(Who.REVIEWER, "/admin/discussion"),
                new Page(Who.REVIEWER, "/admin/review?id=" + IN_REVIEW),
                new Page(Who.ADMINISTRATOR, "/admin/accounts"), new Page(Who.ADMINISTRATOR, "/admin/partner?id=" + PARTNERED),
                new Page(Who.ADMINISTRATOR, "/admin/search"), new Page(Who.ADMINISTRATOR, "/admin/jury"),
                new Page(Who.ADMINISTRATOR, "/admin/taxonomies?kind=tool&edit=101"),
                new Page(Who.ADMINISTRATOR, "/admin/organisations"),
                new Page(Who.EDITOR, "/admin/news/edit"), new Page(Who.EDITOR, "/admin/news/images"),
                new Page(Who.EDITOR, "/admin/contests/edit"), new Page(Who.EDITOR, "/admin/events/edit"),
                new Page(Who.EDITOR, "/admin/newsletter"),
                new Page(Who.REVIEWER, "/initiatives/" + PARTNERED + "?lang=fr"),
                new Page(Who.ADMINISTRATOR, "/admin/translations"),
                new Page(Who.ADMINISTRATOR, "/account/translation?initiative=" + PARTNERED + "&language=fr")));
        for (int step = 1; step <= 6; step++) {
            pages.add(new Page(Who.CONTRIBUTOR, "/account/initiatives/edit?id=" + DRAFT + "&step=" + step));
        }
        // the entry form of an open contest of the demo, and the forms of existing news, events and contests
        pages.add(new Page(Who.VISITOR, openContestEntry()));
        for (String[] listAndLink : new String[][] {{"/admin/news", "/admin/news/edit\\?id=[0-9]+"},
                {"/admin/events", "/admin/events/edit\\?id=[0-9]+"},
                {"/admin/contests", "/admin/contests/edit\\?id=[0-9]+"},
                {"/admin/contests", "/admin/contests/entries\\?id=[0-9]+"}}) {
            pages.add(new Page(Who.EDITOR, link(Who.EDITOR, listAndLink[0], listAndLink[1])
                    .orElseThrow(() -> new AssertionError("no " + listAndLink[1] + " on " + listAndLink[0]))));
        }
        return pages;
    }

    /** The entry form of the first contest listed whose page invites entries. */
    private static String openContestEntry() {
        Matcher contests = Pattern.compile("href=\"(/contests/[0-9]+)[/\"]").matcher(get("/contests?lang=en",
                Who.VISITOR).body());
        while (contests.find()) {
            String enter = contests.group(1) + "/enter";
            if (get(contests.group(1) + "?lang=en", Who.VISITOR).body().contains("href=\"" + enter + "\"")) {
                return enter;
            }
        }
        throw new AssertionError("no open contest in the demo data");
    }

    @TestFactory
    Stream<DynamicTest> everyTextFieldOfEveryFormAnswersAHostileValueAtOnce() {
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> withFields = new LinkedHashSet<>();
        for (Page page : pages()) {
            HttpResponse<String> response = get(page.path(), page.who());
            assertEquals(200, response.statusCode(), page + " opens");
            Document html = Jsoup.parse(response.body(), Site.BASE + page.path());
            for (Element form : forms(html)) {
                for (String field : textFields(form)) {
                    String formKey = formKey(form);
                    withFields.add(page.path().replaceAll("[?&](id|token)=[^&]*", "").replaceAll("[0-9]+", "N"));
                    tests.add(DynamicTest.dynamicTest(page.who() + " " + page.path() + " " + formKey + " " + field,
                            () -> hostileValueIn(page, formKey, field)));
                }
            }
        }
        // some forms show only with data (jury scores, notifications); these always have text fields
        for (String page : List.of("/login", "/register", "/password/forgot", "/password/reset", "/verify/resend",
                "/newsletter", "/account/profile", "/account/organisations", "/account/organisations/edit",
                "/account/initiatives/edit&step=N", "/account/initiatives/perspective", "/admin/queue",
                "/admin/review", "/admin/accounts", "/admin/partner", "/admin/news/edit", "/admin/contests/edit",
                "/admin/events/edit", "/contests/N/enter", "/initiatives/N",
                "/account/translation?initiative=N&language=fr")) {
            assertTrue(withFields.contains(page), page + " has text fields: " + withFields);
        }
        assertTrue(tests.size() > 80, "many fields found: " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyApiParameterAnswersAHostileValueAtOnce() {
        List<String> endpoints = List.of("/api/v1/initiatives", "/api/v1/initiatives/points",
                "/api/v1/initiatives/suggestions", "/api/v1/initiatives/export.csv", "/api/v1/initiatives/export.json",
                "/api/v1/taxonomies");
        List<String> parameters = List.of("q", "country", "level", "stage", "participation", "theme", "tool",
                "target", "year", "status", "sort", "lang", "page", "size");
        List<DynamicTest> tests = new ArrayList<>();
        for (String endpoint : endpoints) {
            for (String parameter : parameters) {
                for (String value : List.of(HOSTILE, LONG)) {
                    String path = endpoint + "?" + parameter + "=" + encode(value);
                    tests.add(DynamicTest.dynamicTest(endpoint + " " + parameter + " (" + value.length() + ")",
                            () -> timely(Who.VISITOR, path, () -> get(path, Who.VISITOR))));
                }
            }
        }
        for (String value : List.of(HOSTILE, LONG)) {
            String path = "/api/v1/initiatives/" + encode(value);
            tests.add(DynamicTest.dynamicTest("/api/v1/initiatives/{id} (" + value.length() + ")",
                    () -> timely(Who.VISITOR, path, () -> get(path, Who.VISITOR))));
        }
        // the other public addresses that take parameters
        Map<String, List<String>> pages = new java.util.HashMap<>(Map.of("/initiatives", parameters, "/map", parameters,
                "/initiatives/1/history", List.of("from", "to", "page"),
                "/news", List.of("category", "month", "page"), "/events", List.of("month"),
                "/news/feed.rss", List.of("lang", "category"), "/news/feed.atom", List.of("lang", "category"),
                "/newsletter/confirm", List.of("token"), "/newsletter/unsubscribe", List.of("token"),
                "/following/unsubscribe", List.of("token")));
        pages.put("/verify", List.of("token"));
        pages.forEach((page, names) -> names.forEach(name -> {
            String path = page + "?" + name + "=" + encode(LONG);
            tests.add(DynamicTest.dynamicTest(page + " " + name, () -> timely(Who.VISITOR, path,
                    () -> get(path, Who.VISITOR))));
        }));
        return tests.stream();
    }

    /** Opens the page afresh, puts the hostile value in one field, keeps the rest as served, sends the form. */
    private static void hostileValueIn(Page page, String formKey, String field) {
        HttpResponse<String> opened = get(page.path(), page.who());
        assertEquals(200, opened.statusCode(), page + " opens");
        Document html = Jsoup.parse(opened.body(), Site.BASE + page.path());
        Element form = forms(html).stream().filter(f -> formKey(f).equals(formKey)).findFirst()
                .orElseThrow(() -> new AssertionError("form " + formKey + " gone from " + page));
        List<String[]> data = data(form, field);
        String action = form.absUrl("action").isEmpty() ? Site.BASE + page.path() : form.absUrl("action");
        String method = form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase();
        if (method.equals("get")) {
            String query = urlEncoded(data);
            String path = URI.create(action).getRawPath() + "?" + query;
            timely(page.who(), page.path() + " " + field, () -> get(path, page.who()));
        } else if (form.attr("enctype").equalsIgnoreCase("multipart/form-data")) {
            timely(page.who(), page.path() + " " + field, () -> multipart(action, page.who(), data, form));
        } else {
            timely(page.who(), page.path() + " " + field, () -> send(request(URI.create(action), page.who())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(data))).build()));
        }
    }

    /**
     * Sends the request; the answer must come within a second and be no server error. A slow answer is tried once
     * more, so that a pause of the shared test machine is not taken for the cost of the value.
     */
    private static void timely(Who who, String what, java.util.function.Supplier<HttpResponse<String>> request) {
        long millis = Long.MAX_VALUE;
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < 2 && millis >= LIMIT_MILLIS; attempt++) {
            long start = System.nanoTime();
            response = request.get();
            millis = (System.nanoTime() - start) / 1_000_000;
        }
        assertTrue(millis < LIMIT_MILLIS, who + " " + what + " took " + millis + " ms");
        assertTrue(response.statusCode() < 500, who + " " + what + " answered " + response.statusCode() + ": "
                + shorten(response.body()));
        String visible = response.body().replaceAll("(?s)<script.*?</script>", "");
        assertFalse(visible.contains("Exception") || visible.contains("\tat org."), who + " " + what
                + " shows no stack trace: " + shorten(response.body()));
    }

    private static String shorten(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }

    /** The page's forms but the sign-out button of the header. */
    private static List<Element> forms(Document html) {
        return html.select("form").stream().filter(f -> !f.attr("action").endsWith("/logout")).toList();
    }

    private static String formKey(Element form) {
        return form.id().isEmpty() ? form.attr("action") + "#" + form.elementSiblingIndex() : form.id();
    }

    /** Names of the fields a person (or a script) can put text in. */
    private static List<String> textFields(Element form) {
        Set<String> names = new LinkedHashSet<>();
        for (Element input : form.select("input[name], textarea[name]")) {
            String type = input.tagName().equals("textarea") ? "textarea" : input.attr("type").toLowerCase();
            String name = input.attr("name");
            boolean text = Set.of("", "text", "email", "url", "search", "tel", "password", "number", "date",
                    "datetime-local", "month", "time", "textarea").contains(type);
            boolean hidden = type.equals("hidden") && !name.startsWith("jakarta.faces.") && !name.equals(form.id());
            if ((text || hidden) && !input.hasAttr("disabled")) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** What the form sends as served (one submit button: the first), with the hostile value in {@code field}. */
    private static List<String[]> data(Element form, String field) {
        List<String[]> data = new ArrayList<>();
        boolean submitted = false;
        for (Element input : form.select("input[name], textarea[name], select[name], button[name]")) {
            if (input.hasAttr("disabled")) {
                continue;
            }
            String name = input.attr("name");
            String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
            if (input.tagName().equals("button")) {
                type = input.attr("type").isEmpty() ? "submit" : input.attr("type").toLowerCase();
            }
            switch (type) {
                case "submit" -> {
                    if (!submitted) {
                        data.add(new String[] {name, input.tagName().equals("button") ? input.attr("value")
                                : input.attr("value")});
                        submitted = true;
                    }
                }
                case "button", "image", "reset", "file" -> { }
                case "checkbox", "radio" -> {
                    if (input.hasAttr("checked")) {
                        data.add(new String[] {name, input.attr("value").isEmpty() ? "on" : input.attr("value")});
                    }
                }
                case "select" -> {
                    Element option = input.selectFirst("option[selected]");
                    if (option == null) {
                        option = input.selectFirst("option");
                    }
                    if (option != null) {
                        data.add(new String[] {name, option.hasAttr("value") ? option.attr("value") : option.text()});
                    }
                }
                case "textarea" -> data.add(new String[] {name, name.equals(field) ? HOSTILE : input.wholeText()});
                default -> data.add(new String[] {name, name.equals(field) ? HOSTILE : input.attr("value")});
            }
        }
        return data;
    }

    private static String urlEncoded(List<String[]> data) {
        StringBuilder body = new StringBuilder();
        for (String[] pair : data) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(encode(pair[0])).append('=').append(encode(pair[1]));
        }
        return body.toString();
    }

    private static HttpResponse<String> multipart(String action, Who who, List<String[]> data, Element form) {
        String boundary = "----hostile" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] pair : data) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pair[0] + "\"\r\n\r\n"
                    + pair[1] + "\r\n");
        }
        for (Element file : form.select("input[type=file][name]")) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.attr("name")
                    + "\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(request(URI.create(action), who).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first link on {@code page} (as {@code who}) whose path and query match {@code pattern}. */
    private static java.util.Optional<String> link(Who who, String page, String pattern) {
        Matcher m = Pattern.compile("href=\"(" + pattern + ")[\"#&]").matcher(get(page + "?lang=en", who).body()
                .replace("&amp;", "&"));
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static HttpRequest.Builder request(URI uri, Who who) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en");
        if (who != Who.VISITOR) {
            request.header("Cookie", SESSIONS.get(who));
        }
        return request;
    }

    private static HttpResponse<String> get(String path, Who who) {
        return send(request(URI.create(Site.BASE + path), who).build());
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

    /**
     * Submitted initiatives and those under review are public (sitemap) but these were written here, past the search
     * index: taken out of public view again, so that later tests on the shared server see the public ones in step.
     */
    @AfterAll
    static void outOfPublicView() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user"), System.getProperty("bepart.it.db.password"))) {
            exec(db, "UPDATE initiative SET status = 'DRAFT' WHERE id IN (?, ?)", PARTNERED, IN_REVIEW);
        }
    }

    private static void exec(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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

    static {
        if (HOSTILE.length() < 200_000) {
            fail("the hostile value is 200 KB");
        }
    }
}
