package org.bepart.web.headers;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersTest {

    private static final String NONCE = "ZjY2YjM5ZTQtNjQ3Ny00OGM0LWI4NzMtYzJjNTVlMWRjYTZm";

    private static SecurityHeaders with(String... keysAndValues) {
        Map<String, String> settings = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            settings.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return SecurityHeaders.of(key -> Optional.ofNullable(settings.get(key)));
    }

    private static List<String> directives(String policy) {
        return List.of(policy.split("; "));
    }

    @Test
    void theDefaultPolicyRunsNoInlineScriptWithoutTheNonceAndFramesNothing() {
        Map<String, String> headers = with().headers("/initiatives", NONCE);
        List<String> policy = directives(headers.get("Content-Security-Policy"));
        assertTrue(policy.contains("script-src 'self' 'nonce-" + NONCE + "'"), policy.toString());
        assertTrue(policy.contains("default-src 'self'"));
        assertTrue(policy.contains("object-src 'none'"));
        assertTrue(policy.contains("base-uri 'self'"));
        assertTrue(policy.contains("frame-ancestors 'none'"));
        assertTrue(policy.contains("img-src 'self' data: blob: https://tile.openstreetmap.org"), policy.toString());
        assertFalse(headers.get("Content-Security-Policy").contains("unsafe-eval"));
        assertTrue(policy.stream().filter(d -> d.startsWith("script-src")).noneMatch(d -> d.contains("unsafe-inline")));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", headers.get("Referrer-Policy"));
        String features = headers.get("Permissions-Policy");
        for (String feature : List.of("camera=()", "microphone=()", "geolocation=()", "payment=()")) {
            assertTrue(features.contains(feature), features);
        }
        assertNull(headers.get("Strict-Transport-Security"), "no HSTS without an https public address");
    }

    @Test
    void withoutANonceScriptsComeOnlyFromTheSite() {
        String policy = with().contentSecurityPolicy("/api/v1/initiatives", null);
        assertTrue(directives(policy).contains("script-src 'self'"), policy);
        assertFalse(policy.contains("nonce"), policy);
    }

    @Test
    void hstsAndSecureCookiesOnlyWhenThePublicAddressIsHttps() {
        SecurityHeaders https = with("bepart.public-url", "HTTPS://bepart.example.org/");
        assertTrue(https.https());
        assertEquals("max-age=31536000", https.headers("/", null).get("Strict-Transport-Security"));
        assertEquals("max-age=63072000; includeSubDomains", with("bepart.public-url", "https://bepart.example.org",
                "bepart.security.strict-transport-security", "max-age=63072000; includeSubDomains")
                .headers("/", null).get("Strict-Transport-Security"));
        SecurityHeaders http = with("bepart.public-url", "http://bepart.example.org");
        assertFalse(http.https());
        assertFalse(http.headers("/", null).containsKey("Strict-Transport-Security"));
    }

    @Test
    void onlyPagesAtOrBelowAFramablePathMayBeFramedAndThenByTheConfiguredAncestors() {
        SecurityHeaders headers = with("bepart.security.framable-paths", " /widget/ , embed",
                "bepart.security.frame-ancestors", "https://town.example.org");
        assertTrue(headers.framable("/widget"));
        assertTrue(headers.framable("/widget/initiatives/3"));
        assertTrue(headers.framable("/embed"));
        assertFalse(headers.framable("/widgets"), "a prefix is a whole path segment");
        assertFalse(headers.framable("/"));
        assertFalse(headers.framable("/admin"));
        Map<String, String> framed = headers.headers("/widget/initiatives/3", NONCE);
        assertTrue(framed.get("Content-Security-Policy").endsWith("frame-ancestors https://town.example.org"));
        assertFalse(framed.containsKey("X-Frame-Options"));
        Map<String, String> other = headers.headers("/initiatives", NONCE);
        assertTrue(other.get("Content-Security-Policy").endsWith("frame-ancestors 'none'"));
        assertEquals("DENY", other.get("X-Frame-Options"));
        assertTrue(with("bepart.security.framable-paths", "/widget").headers("/widget", null)
                .get("Content-Security-Policy").endsWith("frame-ancestors *"), "anyone, by default, once listed");
    }

    @Test
    void byDefaultOnlyTheWidgetsMayBeFramed() {
        SecurityHeaders headers = with();
        assertTrue(headers.framable("/widget/organisation/3"));
        assertFalse(headers.framable("/organisations/3"));
        assertFalse(headers.headers("/widget/country/AM", NONCE).containsKey("X-Frame-Options"));
        assertTrue(headers.headers("/widget/country/AM", NONCE).get("Content-Security-Policy")
                .endsWith("frame-ancestors *"));
        assertEquals("DENY", headers.headers("/about", NONCE).get("X-Frame-Options"));
    }

    @Test
    void aConfiguredPolicyGetsTheNonceAndOurFrameAncestorsWhateverItSays() {
        SecurityHeaders headers = with("bepart.security.content-security-policy",
                "default-src 'self' https://cdn.example.org;\n frame-ancestors *; img-src *;;");
        String policy = headers.contentSecurityPolicy("/", NONCE);
        assertEquals("default-src 'self' https://cdn.example.org; img-src *; "
                + "script-src 'self' https://cdn.example.org 'nonce-" + NONCE + "'; frame-ancestors 'none'", policy);
        assertEquals("script-src 'self' https://x.example.org 'nonce-" + NONCE + "'; frame-ancestors 'none'",
                with("bepart.security.content-security-policy", "script-src 'self' https://x.example.org")
                        .contentSecurityPolicy("/", NONCE));
    }

    @Test
    void theReportOnlySwitchRenamesThePolicyHeader() {
        SecurityHeaders headers = with("bepart.security.content-security-policy-report-only", "true");
        assertEquals("Content-Security-Policy-Report-Only", headers.policyHeader());
        assertTrue(headers.headers("/", NONCE).containsKey("Content-Security-Policy-Report-Only"));
        assertFalse(headers.headers("/", NONCE).containsKey("Content-Security-Policy"));
        assertEquals("Content-Security-Policy", with().policyHeader());
    }

    @Test
    void settingsCannotSplitAHeader() {
        Map<String, String> headers = with("bepart.security.referrer-policy", "no-referrer\r\nSet-Cookie: a=b",
                "bepart.security.permissions-policy", "camera=()\n").headers("/", null);
        headers.values().forEach(value -> assertFalse(value.contains("\n") || value.contains("\r"), value));
        assertEquals("no-referrer  Set-Cookie: a=b", headers.get("Referrer-Policy"));
        assertEquals("camera=()", headers.get("Permissions-Policy"));
    }

    @Test
    void theTileServerOfTheMapMayServePictures() {
        assertEquals("https://*.tile.example.org", SecurityHeaders.origin("https://{s}.tile.example.org/{z}/{x}/{y}.png"));
        assertEquals("http://tiles.example.org:8080", SecurityHeaders.origin("http://Tiles.example.org:8080/{z}/{x}/{y}"));
        assertEquals("", SecurityHeaders.origin("/tiles/{z}/{x}/{y}.png"), "the site's own");
        assertEquals("", SecurityHeaders.origin("https://ti'les.example.org/a"));
        assertTrue(with("bepart.map.tile-url", "https://maps.example.org/{z}/{x}/{y}.png")
                .contentSecurityPolicy("/map", null).contains("img-src 'self' data: blob: https://maps.example.org;"));
    }

    @Test
    void theNonceIsReadFromAPolicyAndNothingElseIsTakenForOne() {
        assertEquals(Optional.of(NONCE), SecurityHeaders.nonceIn("script-src 'self' 'nonce-" + NONCE + "';"));
        assertEquals(Optional.empty(), SecurityHeaders.nonceIn("script-src 'self'"));
        assertEquals(Optional.empty(), SecurityHeaders.nonceIn("script-src 'nonce-abc\r\nX: y'"));
        assertEquals(Optional.empty(), SecurityHeaders.nonceIn(null));
    }

    @Test
    void environmentVariablesAreNamedAsMicroProfileConfigReadsThem() {
        assertEquals("BEPART_SECURITY_FRAMABLE_PATHS", SecurityHeaders.environmentName("bepart.security.framable-paths"));
        assertEquals("BEPART_PUBLIC_URL", SecurityHeaders.environmentName("bepart.public-url"));
    }
}
