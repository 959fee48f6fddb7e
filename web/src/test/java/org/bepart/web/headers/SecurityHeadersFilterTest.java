package org.bepart.web.headers;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersFilterTest {

    private static final String NONCE = PostbackNonce.create();

    private final Map<String, Object> attributes = new HashMap<>();
    /** The headers the container would send, by lower-case name: one value each, as setHeader keeps them. */
    private final Map<String, String> sent = new TreeMap<>();

    private HttpServletRequest request(String path) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, call, args) -> switch (call.getName()) {
                    case "getServletPath" -> path;
                    case "getPathInfo" -> null;
                    case "getMethod" -> "GET";
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(call.getName());
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, call, args) -> switch (call.getName()) {
                    case "setHeader", "addHeader" -> {
                        String name = ((String) args[0]).toLowerCase();
                        assertTrue(call.getName().equals("setHeader") || !sent.containsKey(name),
                                "a second " + name);
                        yield sent.put(name, (String) args[1]);
                    }
                    case "setContentType" -> sent.put("content-type", (String) args[0]);
                    case "isCommitted" -> false;
                    case "reset" -> {
                        sent.clear();
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(call.getName());
                });
    }

    private void run(String path, FilterChain chain) throws Exception {
        SecurityHeadersFilter filter = new SecurityHeadersFilter(SecurityHeaders.of(key -> Optional.empty()));
        filter.doFilter(request(path), response(), chain);
    }

    @Test
    void thePolicyPrimeFacesAddsHandsOverItsNonceAndNothingElse() throws Exception {
        run("/initiatives", (request, response) -> {
            assertFalse(sent.get("content-security-policy").contains("nonce"), "none before the page renders");
            ((HttpServletResponse) response).addHeader("Content-Security-Policy",
                    "script-src 'self' 'nonce-" + NONCE + "';");
            assertEquals(Optional.of(NONCE), SecurityHeadersFilter.nonce((HttpServletRequest) request));
        });
        String policy = sent.get("content-security-policy");
        assertTrue(policy.startsWith("default-src 'self'; script-src 'self' 'nonce-" + NONCE + "'; "), policy);
        assertTrue(policy.endsWith("frame-ancestors 'none'"), policy);
        assertEquals("DENY", sent.get("x-frame-options"));
        assertEquals("nosniff", sent.get("x-content-type-options"));
    }

    @Test
    void aStoredPageGoesOutWithTheNonceItsScriptsCarry() throws Exception {
        run("/statistics", (request, response) -> SecurityHeadersFilter.reuse((HttpServletRequest) request, NONCE));
        assertTrue(sent.get("content-security-policy").contains("'nonce-" + NONCE + "'"));
    }

    @Test
    void aResetKeepsTheHeaders() throws Exception {
        run("/about", (request, response) -> {
            ((HttpServletResponse) response).addHeader("Content-Security-Policy", "script-src 'nonce-" + NONCE + "'");
            response.reset();
        });
        assertTrue(sent.get("content-security-policy").contains("'nonce-" + NONCE + "'"));
        assertEquals("strict-origin-when-cross-origin", sent.get("referrer-policy"));
    }

    @Test
    void aPdfIsFramedByNobodyAndLeftToTheBrowsersViewer() throws Exception {
        run("/media/7", (request, response) -> response.setContentType("application/pdf"));
        assertEquals("frame-ancestors 'none'", sent.get("content-security-policy"));
        assertEquals("nosniff", sent.get("x-content-type-options"));
        run("/media/8", (request, response) -> response.setContentType("image/png"));
        assertTrue(sent.get("content-security-policy").contains("object-src 'none'"));
    }
}
