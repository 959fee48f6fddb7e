package org.bepart.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicUrlTest {

    private static final String DEFAULTS = PublicUrl.DEFAULT_HOSTS;

    @Test
    void aListedHostIsUsedAsAsked() {
        assertEquals("http://127.0.0.1:28080", PublicUrl.origin("http", "127.0.0.1:28080", 28080, DEFAULTS));
        assertEquals("http://localhost:8080", PublicUrl.origin("http", "LocalHost:8080", 8080, DEFAULTS));
        assertEquals("http://[::1]:8080", PublicUrl.origin("http", "[::1]:8080", 8080, DEFAULTS));
        assertEquals("https://bepart.example.org", PublicUrl.origin("https", "bepart.example.org", 8181,
                "bepart.example.org, www.bepart.example.org"));
        assertEquals("https://www.bepart.example.org", PublicUrl.origin("https", "www.bepart.example.org:443", 8181,
                "bepart.example.org, www.bepart.example.org"));
        assertEquals("http://bepart.test:8080", PublicUrl.origin("http", "bepart.test:8080", 31080,
                "bepart.test:8080"));
    }

    @Test
    void anyOtherHostHeaderGivesTheFirstListedHost() {
        assertEquals("http://localhost:28080", PublicUrl.origin("http", "evil.example", 28080, DEFAULTS));
        assertEquals("http://localhost:28080", PublicUrl.origin("http", "evil.example:28080", 28080, DEFAULTS));
        assertEquals("http://localhost:28080", PublicUrl.origin("http", null, 28080, DEFAULTS));
        assertEquals("http://localhost:28080", PublicUrl.origin("http", "", 28080, DEFAULTS));
        // a listed name on a port the server does not listen on
        assertEquals("http://localhost:28080", PublicUrl.origin("http", "127.0.0.1:6666", 28080, DEFAULTS));
        assertEquals("http://localhost:28080", PublicUrl.origin("http", "127.0.0.1:28080@evil.example", 28080,
                DEFAULTS));
        assertEquals("http://localhost:28080", PublicUrl.origin("http", "127.0.0.1:28080/evil", 28080, DEFAULTS));
        assertEquals("http://localhost:28080", PublicUrl.origin("http", "x".repeat(200_000), 28080, DEFAULTS));
        assertEquals("https://bepart.example.org", PublicUrl.origin("https", "evil.example", 8181,
                "bepart.example.org"));
        assertEquals("https://bepart.example.org:8443", PublicUrl.origin("https", "bepart.example.org:9999", 8181,
                "bepart.example.org:8443"));
        assertEquals("http://localhost:8080", PublicUrl.origin("http", "evil.example", 8080, " , nonsense/x"));
    }
}
