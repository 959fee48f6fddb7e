package org.bepart.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public pages of the real EAR on Payara Server with PostgreSQL, as an HTTP client sees them. */
class PublicPagesIT {

    private static final Pattern DETAIL_LINK = Pattern.compile("href=\"/initiatives/(\\d+)/[^\"]*\"");
    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]* lang=\"([a-z]+)\"");

    private static String lang(HttpResponse<String> response) {
        Matcher m = HTML_LANG.matcher(response.body());
        assertTrue(m.find(), "no <html lang>");
        return m.group(1);
    }

    private static Set<Long> detailIds(String body) {
        Set<Long> ids = new HashSet<>();
        Matcher m = DETAIL_LINK.matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static Set<Long> catalogueIds(String query) {
        Set<Long> ids = new HashSet<>();
        for (int page = 1; page < 100; page++) {
            HttpResponse<String> response = Site.get("/initiatives?" + query + "&page=" + page);
            if (response.statusCode() == 404) {
                break;
            }
            assertEquals(200, response.statusCode());
            ids.addAll(detailIds(response.body()));
        }
        return ids;
    }

    @Test
    void theHomePageIsArmenianByDefaultAndFrenchForAFrenchBrowser() {
        HttpResponse<String> armenian = Site.get("/");
        assertEquals(200, armenian.statusCode());
        assertEquals("hy", lang(armenian));
        assertTrue(armenian.body().contains("Նախաձեռնություններ"));

        HttpResponse<String> french = Site.get("/", "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5");
        assertEquals("fr", lang(french));
        assertTrue(french.body().contains("Initiatives"));
        assertEquals(6, detailIds(french.body()).size(), "the six latest initiatives");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/initiatives", "/initiatives?country=AM&stage=decision", "/initiatives/1",
            "/about", "/initiatives/999999", "/no-such-page", "/initiatives?country=XX", "/statistics", "/codebook",
            "/initiatives?q=budget", "/api/v1/initiatives", "/sitemap.xml", "/organisations"})
    void readingNeverCreatesAServerSession(String path) {
        HttpResponse<String> response = Site.get(path);
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                path + " set " + response.headers().allValues("Set-Cookie"));
    }

    /** The part of a page before its main content, but for the language links (which name the page). */
    private static String headerWithoutLanguages(String body) {
        return body.substring(body.indexOf("<body"), body.indexOf("<nav class=\"languages\""))
                + body.substring(body.indexOf("</header>"), body.indexOf("<main"));
    }

    @Test
    void theKeptHeaderAndFooterStillNameEachPageAndItsSection() {
        // rendered one after the other: the first keeps the header and footer, the others are written from it
        String decision = Site.get("/initiatives?stage=decision&lang=fr").body();
        String drafting = Site.get("/initiatives?stage=drafting&lang=fr").body();
        String news = Site.get("/news?lang=fr").body();
        String armenian = Site.get("/initiatives?stage=drafting&lang=hy").body();

        assertTrue(decision.contains("href=\"/initiatives?stage=decision&amp;lang=en\""), "links to the page in English");
        assertTrue(drafting.contains("href=\"/initiatives?stage=drafting&amp;lang=en\""), drafting);
        assertFalse(drafting.contains("stage=decision&amp;lang="), "no language link of the page rendered before");
        assertTrue(news.contains("href=\"/news?lang=en\""), news);
        assertEquals(headerWithoutLanguages(decision), headerWithoutLanguages(drafting));

        assertTrue(drafting.contains("href=\"/initiatives\" aria-current=\"page\""), "the catalogue's section");
        assertTrue(news.contains("href=\"/news\" aria-current=\"page\""), "the news' section");
        assertTrue(news.contains("href=\"/initiatives\" aria-current=\"false\""), news);
        assertTrue(armenian.contains(">Նախաձեռնություններ</a>"), "the Armenian header for Armenian readers");
        assertFalse(armenian.contains(">Initiatives</a>"), armenian);
        for (String body : List.of(decision, drafting, news, armenian)) {
            assertEquals(1, body.split("<footer class=\"site-footer\"").length - 1, "one footer");
            assertTrue(body.contains("href=\"/login\""), "sign in for readers without an account");
            assertTrue(body.stripTrailing().endsWith("</html>"), body);
        }
    }

    @Test
    void theCatalogueListsEveryPublicInitiativeAndNoOther() {
        List<Map<String, Object>> demo = Site.demo();
        Set<Long> expected = new HashSet<>();
        for (int k = 0; k < demo.size(); k++) {
            if (Site.isPublic(demo.get(k))) {
                expected.add(k + 1L);
            }
        }
        assertTrue(expected.size() >= 30);
        assertEquals(expected, catalogueIds("lang=en"));
    }

    @Test
    void filtersInTheUrlNarrowTheList() {
        List<Map<String, Object>> demo = Site.demo();
        Set<Long> armenian = new HashSet<>();
        Set<Long> armenianDecisions = new HashSet<>();
        for (int k = 0; k < demo.size(); k++) {
            Map<String, Object> i = demo.get(k);
            if (Site.isPublic(i) && i.get("country").equals("AM")) {
                armenian.add(k + 1L);
                if (((List<?>) i.get("stages")).contains("DECISION")) {
                    armenianDecisions.add(k + 1L);
                }
            }
        }
        assertEquals(armenian, catalogueIds("country=AM"));
        assertEquals(armenianDecisions, catalogueIds("country=AM&stage=decision"));
        assertTrue(armenianDecisions.size() < armenian.size());
    }

    @Test
    void aDetailPageShowsEveryField() {
        HttpResponse<String> page = Site.get("/initiatives/1?lang=en");
        assertEquals(200, page.statusCode());
        String body = page.body();
        Map<String, Object> first = Site.demo().get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> civil = (Map<String, Object>) first.get("civilSociety");
        for (String label : List.of("Description", "Objectives", "Results and impact", "Challenges",
                "Lessons learned", "Resources and budget", "Member state", "Region", "Municipality or community",
                "Level of government", "Dates", "Format", "Stages of the decision-making process",
                "Levels of participation", "Themes", "Tools and methods", "Target groups", "Original language",
                "Civil-society organisation", "Public authority", "Submitted on")) {
            assertTrue(body.contains(label), "missing " + label);
        }
        assertTrue(body.contains(escape((String) civil.get("name"))), "civil-society organisation's name");
        // the demo's contacts did not agree to show their addresses: visitors write through the relay form
        assertFalse(body.contains((String) civil.get("email")), "no address without consent");
        assertTrue(body.contains("href=\"/contact?initiative=1&amp;side=civil-society\""), "the contact form");
        assertTrue(body.contains("<link rel=\"canonical\" href=\"" + Site.BASE + "/initiatives/1?lang=en\""), body);
        assertTrue(body.contains("hreflang=\"ru\" href=\"" + Site.BASE + "/initiatives/1?lang=ru\""));
        assertTrue(body.contains("<meta property=\"og:title\""));
        assertTrue(body.contains("id=\"related-heading\""), "initiatives like this one");
        String related = body.substring(body.indexOf("id=\"related-heading\""));
        Matcher links = Pattern.compile("href=\"/initiatives/(\\d+)/").matcher(related);
        Set<String> others = new HashSet<>();
        while (links.find()) {
            others.add(links.group(1));
        }
        assertFalse(others.isEmpty(), "related initiatives are linked");
        assertFalse(others.contains("1"), "and they are other initiatives than this one: " + others);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    void aPageWithoutTheVisitorsLanguageSaysItShowsTheOriginal() {
        List<Map<String, Object>> demo = Site.demo();
        int id = 0;
        for (int k = 0; k < demo.size(); k++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> texts = (Map<String, Object>) demo.get(k).get("texts");
            if (Site.isPublic(demo.get(k)) && demo.get(k).get("originalLanguage").equals("hy")
                    && !texts.containsKey("fr")) {
                id = k + 1;
                break;
            }
        }
        assertTrue(id > 0);
        String body = Site.get("/initiatives/" + id + "?lang=fr").body();
        assertTrue(body.contains("id=\"language-note\""));
        assertTrue(body.contains("<h1 lang=\"hy\">"));
    }

    @Test
    void hiddenInitiativesAreNotFound() {
        List<Map<String, Object>> demo = Site.demo();
        int hidden = 0;
        for (int k = 0; k < demo.size(); k++) {
            if (!Site.isPublic(demo.get(k))) {
                assertEquals(404, Site.get("/initiatives/" + (k + 1)).statusCode());
                hidden++;
            }
        }
        assertTrue(hidden > 0);
    }

    @Test
    void theLanguageChoiceIsKeptInACookieNotASession() {
        HttpResponse<String> choose = Site.get("/about?lang=ru");
        assertEquals("ru", lang(choose));
        String cookie = choose.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("bepart_lang="))
                .findFirst().orElseThrow();
        assertTrue(cookie.startsWith("bepart_lang=ru"));
        assertTrue(cookie.contains("; Max-Age=31536000") && cookie.contains("; Path=/")
                && cookie.contains("; SameSite=Lax") && !cookie.contains("Secure"), cookie + " (plain http here)");
        HttpResponse<String> next = Site.get("/initiatives", "Cookie", "bepart_lang=ru", "Accept-Language", "fr");
        assertEquals("ru", lang(next));
    }

    @ParameterizedTest
    @CsvSource({
            "/initiatives/abc, 404",
            "/initiatives/-1, 404",
            "/initiatives/99999999999999999999999, 404",
            "/initiatives/1/slug/extra, 404",
            "/initiative?id=abc, 404",
            "/initiative, 404",
            "/initiatives?page=0, 404",
            "/initiatives?page=-5, 404",
            "/initiatives?page=abc, 404",
            "/initiatives?page=100000000000, 404",
            "/initiatives?page=500, 404",
            "/initiatives?country=XX, 400",
            "/initiatives?stage=%3Cscript%3Ealert(1)%3C%2Fscript%3E, 400",
            "/initiatives?theme=%27%20OR%201%3D1, 400",
            "/no/such/page, 404",
    })
    void badInputGetsATranslatedPageNeverAnError(String path, int status) {
        HttpResponse<String> response = Site.get(path + (path.contains("?") ? "&" : "?") + "lang=fr");
        assertEquals(status, response.statusCode(), path);
        String body = response.body();
        assertEquals("fr", lang(response));
        // PrimeFaces' settings script names the error pages by exception type: look at the page, not its scripts.
        String shown = body.replaceAll("(?s)<script.*?</script>", "");
        assertFalse(shown.contains("Exception") || shown.contains("at org."), "no stack trace for " + path);
        assertFalse(body.contains("<script>alert(1)"), "input is escaped");
        if (status == 404) {
            assertTrue(body.contains("Page introuvable"), body);
        } else {
            assertTrue(body.contains("ignorées") || body.contains("ignorée"), body);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%22", "%2B", "-", "%3A", "*", "(((", "%5Bbudget", "a%3Ab%3Ac", "%5C", "AND+OR+NOT",
            "*%3A*", "%7E1", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%27+OR+1%3D1+--", "%F0%9F%98%80"})
    void anyTextIsSearchedNeverAnError(String query) {
        HttpResponse<String> response = Site.get("/initiatives?q=" + query);
        assertEquals(200, response.statusCode(), query);
        assertFalse(response.body().contains("<script>alert(1)"), "escaped");
    }

    @Test
    void searchFindsInflectedArmenianAndMarksTheMatch() {
        HttpResponse<String> response = Site.get("/initiatives?lang=hy&q="
                + URLEncoder.encode("համայնքներում", StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        assertFalse(detailIds(response.body()).isEmpty(), "համայնքներում finds համայնքի…");
        assertTrue(response.body().contains("<mark>"));
    }

    @Test
    void theStatisticsPageCountsEveryPublicInitiative() {
        HttpResponse<String> response = Site.get("/statistics?lang=en");
        assertEquals(200, response.statusCode());
        long publicOnes = Site.demo().stream().filter(Site::isPublic).count();
        assertTrue(response.body().contains("What the " + publicOnes + " public initiatives"));
        assertTrue(response.body().contains("<caption>By member state</caption>"));
        assertEquals(200, Site.get("/codebook?lang=fr").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/initiatives", "/initiatives?page=2", "/initiatives?q=budget&country=AM&stage=decision",
            "/initiatives?sort=title&lang=ru", "/initiatives/1", "/initiatives/2?lang=fr", "/", "/statistics",
            "/map?country=AM", "/api/v1/initiatives?size=100", "/initiatives/1/history", "/news", "/news/1",
            "/events", "/events/1", "/contests", "/contests/1", "/about", "/codebook", "/news/feed.rss",
            "/news/feed.atom", "/sitemap.xml", "/initiatives?q=budget&theme=budget-finance&lang=hy",
            "/organisations", "/organisations?country=AM&sector=civil-society&q=lab&sort=initiatives&page=2"})
    void noPageCostsMoreThanSixSqlStatements(String path) {
        // with a session: rendered afresh, never taken from the page cache
        HttpResponse<String> response = Site.get(path, "Cookie", Site.freshSession());
        assertEquals(200, response.statusCode(), path);
        int statements = Integer.parseInt(response.headers().firstValue("X-SQL-Statements").orElseThrow());
        assertTrue(statements <= 6, path + " ran " + statements + " SQL statements");
        if (path.matches("/initiatives/[0-9].*")) {
            assertTrue(statements > 0, "an initiative's page reads the database, so the counter must see it");
        }
    }

    @Test
    void anOrganisationsPageShowsItsFollowersWithinSixStatements() throws java.sql.SQLException {
        long organisation = SecurityHeadersIT.organisation();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user"), System.getProperty("bepart.it.db.password"));
             java.sql.PreparedStatement follow = db.prepareStatement("INSERT INTO follow (id, account_id, "
                     + "target_kind, target_key, created_at) SELECT 990702, id, 'ORGANISATION', ?, NOW() FROM account "
                     + "WHERE email = ? ON CONFLICT (id) DO NOTHING")) {
            follow.setString(1, Long.toString(organisation));
            follow.setString(2, Site.ADMIN_EMAIL);
            follow.executeUpdate();
        }
        HttpResponse<String> response = Site.get("/organisations/" + organisation + "?lang=fr", "Cookie",
                Site.freshSession());
        assertEquals(200, response.statusCode());
        int statements = Integer.parseInt(response.headers().firstValue("X-SQL-Statements").orElseThrow());
        assertTrue(statements <= 6, "the organisation's page ran " + statements + " SQL statements");
        assertTrue(response.body().replaceAll("\\s+", " ").matches(".*<dt>Abonnés</dt> ?<dd>1</dd>.*"),
                "one follower");
    }

    @Test
    void theSiteHasAnIconAtAVersionedAddressKeptAYearAndAtTheAddressBrowsersGuess() {
        Matcher icon = Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\"")
                .matcher(Site.get("/?lang=en").body());
        assertTrue(icon.find(), "the page names its icon");
        String address = icon.group(1).replace("&amp;", "&");
        assertTrue(address.contains("v="), address);
        HttpResponse<String> svg = Site.get(address);
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertEquals("max-age=31536000", svg.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> ico = Site.get("/favicon.ico");
        assertEquals(200, ico.statusCode());
    }

    @Test
    void anOverlongQueryStringIsAnsweredWithoutAnError() {
        String value = URLEncoder.encode("Ա".repeat(600), StandardCharsets.UTF_8);
        HttpResponse<String> response = Site.get("/initiatives?theme=" + value + "&country=" + value);
        assertEquals(400, response.statusCode());
        assertFalse(response.body().replaceAll("(?s)<script.*?</script>", "").contains("Exception"));
    }

    @Test
    void readersGetTheSamePageFromTheCacheAndSignedInPeopleNever() {
        String path = "/initiatives?lang=en&q=cache" + System.nanoTime(); // a search nobody asked for before
        HttpResponse<String> first = Site.get(path);
        assertEquals("MISS", first.headers().firstValue("X-Cache").orElseThrow());
        HttpResponse<String> second = Site.get(path);
        assertEquals("HIT", second.headers().firstValue("X-Cache").orElseThrow());
        assertEquals(first.body(), second.body());
        assertEquals("0", second.headers().firstValue("X-SQL-Statements").orElseThrow(), "no database work");
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertTrue(Site.get("/initiatives/2?lang=fr").body().contains("lang=\"fr\""), "keyed by language");
        String session = Site.get("/login").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";")[0]).findFirst().orElseThrow();
        HttpResponse<String> withSession = Site.get(path, "Cookie", session);
        assertTrue(withSession.headers().firstValue("X-Cache").isEmpty(), "people with a session bypass it");
    }

    @Test
    void anUploadTooLargeForTheServerGetsTheTranslatedPageNotAnError() throws Exception {
        java.net.URI base = java.net.URI.create(Site.BASE);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            // Announces 100 MB but sends only the start: the server must answer from the headers.
            String head = "POST /contests HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept-Language: en\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000000\r\n"
                    + "Connection: close\r\n\r\n--x\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; !received.toString(StandardCharsets.UTF_8).contains("</html>") && (n = in.read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
            }
            String answer = received.toString(StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("The file is too large"), answer);
        }
    }
}
