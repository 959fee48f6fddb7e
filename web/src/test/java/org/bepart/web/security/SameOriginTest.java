package org.bepart.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginTest {

    @Test
    void aFormOfThisSiteIsAccepted() {
        assertTrue(SameOrigin.allows("http://127.0.0.1:8080", null, "127.0.0.1:8080", null));
        assertTrue(SameOrigin.allows("https://BePART.example.org", null, "bepart.example.org", null));
        assertTrue(SameOrigin.allows("https://bepart.example.org", null, "bepart.example.org:443", null));
        assertTrue(SameOrigin.allows(null, "http://127.0.0.1:8080/news?lang=fr", "127.0.0.1:8080", null),
                "the Referer when there is no Origin");
        assertTrue(SameOrigin.allows("https://bepart.example.org", null, "10.0.0.5:8080",
                "https://bepart.example.org/"), "behind a proxy: the public address");
    }

    @Test
    void formsOfOtherSitesOrOfNowhereAreRefused() {
        assertFalse(SameOrigin.allows("https://evil.example", null, "bepart.example.org", null));
        assertFalse(SameOrigin.allows("https://evil.example", "https://bepart.example.org/news",
                "bepart.example.org", null), "the Origin decides when there is one");
        assertFalse(SameOrigin.allows("http://127.0.0.1:8081", null, "127.0.0.1:8080", null), "another port");
        assertFalse(SameOrigin.allows("https://bepart.example.org.evil.example", null, "bepart.example.org", null));
        assertFalse(SameOrigin.allows("null", null, "bepart.example.org", null), "an opaque origin");
        assertFalse(SameOrigin.allows(null, null, "bepart.example.org", null), "neither header");
        assertFalse(SameOrigin.allows("file:///tmp/x.html", null, "bepart.example.org", null));
        assertFalse(SameOrigin.allows("https://evil.example", null, null, "https://bepart.example.org"));
    }
}
