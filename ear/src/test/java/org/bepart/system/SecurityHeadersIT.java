package org.bepart.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security headers of every kind of answer of the real EAR on Payara Server, as an HTTP client sees them: a
 * Content-Security-Policy whose only inline scripts are those with this response's nonce (also for a page served
 * from the cache), no framing, no MIME sniffing, the referrer and permissions policies, no product or version in
 * {@code Server} or {@code X-Powered-By}, and the session cookie's attributes.
 */
class SecurityHeadersIT {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NONCE_ATTRIBUTE = Pattern.compile("\\bnonce=\"([^\"]*)\"");
    private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** Asserts every header on {@code response}; returns the nonce of its policy, if it names one. */
    private static Optional<String> assertHeaders(HttpResponse<String> response) {
        String what = response.request().method() + " " + response.uri() + " (" + response.statusCode() + ")";
        String policy = response.headers().firstValue("Content-Security-Policy").orElse(null);
        assertTrue(policy != null, what + ": no Content-Security-Policy in " + response.headers().map());
        assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), what + ": one policy");
        List<String> directives = List.of(policy.split("\\s*;\\s*"));
        assertTrue(directives.contains("default-src 'self'"), what + ": " + policy);
        assertTrue(directives.contains("object-src 'none'"), what + ": " + policy);
        assertTrue(directives.contains("base-uri 'self'"), what + ": " + policy);
        assertTrue(directives.contains("frame-ancestors 'none'"), what + ": " + policy);
        String scripts = directives.stream().filter(d -> d.startsWith("script-src ")).findFirst().orElse("");
        assertTrue(scripts.startsWith("script-src 'self'"), what + ": " + policy);
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), what + ": " + policy);

        assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), what);
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), what);
        assertEquals(List.of("strict-origin-when-cross-origin"), response.headers().allValues("Referrer-Policy"),
                what);
        String features = response.headers().firstValue("Permissions-Policy").orElse("");
        for (String feature : List.of("camera=()", "microphone=()", "geolocation=()", "payment=()")) {
            assertTrue(features.contains(feature), what + ": Permissions-Policy " + features);
        }
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(),
                what + ": no HSTS while the public address is http");
        assertTrue(response.headers().allValues("Server").stream().noneMatch(v -> v.matches(".*\\d.*")),
                what + ": Server " + response.headers().allValues("Server"));
        assertTrue(response.headers().allValues("X-Powered-By").isEmpty(), what + ": X-Powered-By");

        Matcher named = POLICY_NONCE.matcher(scripts);
        Optional<String> nonce = named.find() ? Optional.of(named.group(1)) : Optional.empty();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            Matcher script = SCRIPT.matcher(response.body());
            while (script.find()) {
                String attributes = script.group(1);
                Matcher attribute = NONCE_ATTRIBUTE.matcher(attributes);
                if (attribute.find()) {
                    assertEquals(nonce.orElse("(none)"), attribute.group(1), what + ": the nonce of " + script.group());
                } else {
                    assertTrue(attributes.contains(" src="), what + ": an inline script without nonce: "
                            + script.group());
                }
            }
            assertFalse(Pattern.compile("<[a-z][^>]*\\son[a-z]+=", Pattern.CASE_INSENSITIVE)
                    .matcher(response.body()).find(), what + ": an inline event handler");
        }
        return nonce;
    }

    private static String firstLink(String page, String pattern) {
        Matcher link = Pattern.compile("href=\"(" + pattern + ")\"").matcher(Site.get(page).body());
        assertTrue(link.find(), "no link like " + pattern + " on " + page);
        return link.group(1).replace("&amp;", "&");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?lang=fr", "/initiatives", "/initiatives?lang=en&country=AM", "/initiatives/1",
            "/initiatives/1/history?lang=en", "/map", "/statistics", "/codebook", "/news", "/events", "/contests",
            "/about", "/login", "/register", "/password/forgot", "/newsletter", "/no-such-page", "/initiatives/999999",
            "/news/feed.rss", "/news/feed.atom", "/events-calendar", "/sitemap.xml", "/api/v1/initiatives",
            "/api/v1/initiatives/1", "/api/v1/initiatives/999999", "/api/v1/taxonomies",
            "/jakarta.faces.resource/css/bepart.css.xhtml?ln=bepart", "/jakarta.faces.resource/js/suggest.js.xhtml?ln=bepart",
            "/webjars/leaflet/1.9.4/dist/leaflet.js", "/media/999999"})
    void everyAnswerCarriesTheHeaders(String path) {
        HttpResponse<String> response = Site.get(path);
        assertTrue(response.statusCode() == 200 || response.statusCode() == 404, path + ": " + response.statusCode());
        Optional<String> nonce = assertHeaders(response);
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            assertTrue(nonce.isPresent(), path + ": a page's scripts have a nonce");
        } else {
            assertTrue(nonce.isEmpty(), path + ": no nonce where no page runs scripts");
        }
    }

    @Test
    void theDetailPagesCarryTheHeaders() throws SQLException {
        List<String> pages = new ArrayList<>();
        pages.add(firstLink("/news?lang=en", "/news/[0-9]+[^\"]*"));
        pages.add(firstLink("/events?lang=en", "/events/[0-9]+[^\"]*"));
        pages.add(firstLink("/contests?lang=en", "/contests/[0-9]+[^\"]*"));
        pages.add("/organisations/" + organisation() + "?lang=en");
        for (String page : pages) {
            HttpResponse<String> response = Site.get(page);
            if (response.statusCode() / 100 == 3) {
                assertHeaders(response);
                response = Site.get(URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath()
                        + "?lang=en");
            }
            assertEquals(200, response.statusCode(), page);
            assertTrue(assertHeaders(response).isPresent(), page);
        }
    }

    /** An organisation's id (the demo data has none of its own). */
    static long organisation() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("bepart.it.db.url"),
                System.getProperty("bepart.it.db.user"), System.getProperty("bepart.it.db.password"));
             PreparedStatement insert = db.prepareStatement("INSERT INTO organisation (id, name, kind, country, "
                     + "created_at) VALUES (990701, 'Headers Civic Lab', 'CIVIL_SOCIETY', 'AM', NOW()) "
                     + "ON CONFLICT (id) DO NOTHING")) {
            insert.executeUpdate();
        }
        return 990_701;
    }

    @Test
    void eachResponseHasANonceOfItsOwnAndACachedPageTheNonceOfItsScripts() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            nonces.add(assertHeaders(Site.get("/newsletter?lang=en")).orElseThrow()); // a page never cached
        }
        assertEquals(3, nonces.size(), "a fresh nonce for every rendered page: " + nonces);

        String path = "/initiatives/2?lang=en";
        Site.get(path);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> cached = Site.get(path);
            assertEquals("HIT", cached.headers().firstValue("X-Cache").orElse(""), path + " is served from the cache");
            String nonce = assertHeaders(cached).orElseThrow();
            assertTrue(cached.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry " + nonce);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> signIn = Site.get("/login?lang=en");
        assertHeaders(signIn);
        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("the sign-in form opens a session"));
        List<String> attributes = List.of(cookie.toLowerCase(Locale.ROOT).split("\\s*;\\s*"));
        assertTrue(attributes.contains("httponly"), cookie);
        assertTrue(attributes.contains("samesite=lax"), cookie);
        assertFalse(attributes.contains("secure"), "Secure only when the public address is https: " + cookie);
    }

    @Test
    void theBackOfficeAndFormsSentBackCarryTheHeaders() {
        String session = signIn();
        for (String page : List.of("/admin?lang=en", "/admin/news?lang=en", "/admin/news/edit?lang=en",
                "/account?lang=en", "/account/organisations?lang=en")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Site.BASE + page))
                    .header("Cookie", session).build());
            assertEquals(200, response.statusCode(), page);
            assertTrue(assertHeaders(response).isPresent(), page);
        }

        // A form sent without script (no nonce field) is shown again with a nonce of the server's choosing.
        HttpResponse<String> form = Site.get("/login?lang=en");
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow();
        String given = assertHeaders(form).orElseThrow();
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(Site.BASE + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Aemail=nobody%40bepart.test"
                        + "&login%3Apassword=not-the-password&login%3Asubmit=x&primefaces.nonce=" + encode(given)
                        + "&jakarta.faces.ViewState=" + encode(viewState(form.body())))).build());
        assertEquals(200, again.statusCode(), again.body());
        String fresh = assertHeaders(again).orElseThrow();
        assertFalse(fresh.equals(given), "a page sent back whole gets a new nonce, not the one the client sent");
    }

    /** Signs in as the administrator with the form, as a browser without script does; returns the session cookie. */
    private static String signIn() {
        HttpResponse<String> form = Site.get("/login?lang=en");
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow();
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(Site.BASE + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Aemail=" + encode(Site.ADMIN_EMAIL)
                        + "&login%3Apassword=" + encode(Site.ADMIN_PASSWORD) + "&login%3Asubmit=x"
                        + "&jakarta.faces.ViewState=" + encode(viewState(form.body())))).build());
        assertEquals(302, signedIn.statusCode(), "signed in: " + signedIn.body());
        assertHeaders(signedIn);
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).reduce((first, last) -> last).orElse(cookie);
    }

    private static String viewState(String page) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), page);
        return state.group(1).replace("&#58;", ":");
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
