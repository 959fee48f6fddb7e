package org.bepart.web.headers;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostbackNonceTest {

    /** A request with this method, Faces-Request header (or null) and parameters; attributes work. */
    private static HttpServletRequest request(String method, String facesRequest, Map<String, String> parameters) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(PostbackNonceTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, call, args) -> switch (call.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> "Faces-Request".equals(args[0]) ? facesRequest : null;
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getParameterMap" -> {
                        Map<String, String[]> map = new HashMap<>();
                        parameters.forEach((k, v) -> map.put(k, new String[] {v}));
                        yield map;
                    }
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(call.getName());
                });
    }

    @Test
    void aNonceIsBase64OfAUuidAsPrimeFacesChecksIt() {
        String nonce = PostbackNonce.create();
        assertTrue(PostbackNonce.isNonce(nonce), nonce);
        assertNotEquals(nonce, PostbackNonce.create());
        assertFalse(PostbackNonce.isNonce(null));
        assertFalse(PostbackNonce.isNonce(""));
        assertFalse(PostbackNonce.isNonce("bm90IGEgdXVpZCBhdCBhbGwgYnV0IDQ4IGNoYXJzIGxvbmchIQ=="));
        assertFalse(PostbackNonce.isNonce("'><script>alert(1)</script>"));
    }

    @Test
    void aGetIsLeftAsItIs() {
        HttpServletRequest get = request("GET", null, Map.of());
        assertSame(get, PostbackNonce.of(get));
        assertFalse(PostbackNonce.replaced(get));
    }

    @Test
    void aPageSentBackWholeGetsTheServersNonceWhateverTheClientSent() {
        String client = PostbackNonce.create();
        HttpServletRequest sent = request("POST", null, Map.of(PostbackNonce.PARAMETER, client, "q", "x"));
        HttpServletRequest wrapped = PostbackNonce.of(sent);
        String nonce = wrapped.getParameter(PostbackNonce.PARAMETER);
        assertTrue(PostbackNonce.isNonce(nonce));
        assertNotEquals(client, nonce);
        assertEquals(nonce, wrapped.getParameter(PostbackNonce.PARAMETER), "one nonce per request");
        assertEquals(nonce, wrapped.getParameterValues(PostbackNonce.PARAMETER)[0]);
        assertEquals(nonce, wrapped.getParameterMap().get(PostbackNonce.PARAMETER)[0]);
        assertEquals("x", wrapped.getParameter("q"));
        assertTrue(PostbackNonce.replaced(sent));

        HttpServletRequest withoutScript = PostbackNonce.of(request("POST", null, Map.of()));
        assertTrue(PostbackNonce.isNonce(withoutScript.getParameter(PostbackNonce.PARAMETER)),
                "a form sent without script gets one too");
        assertFalse(withoutScript.getParameterMap().containsKey(PostbackNonce.PARAMETER),
                "the parameters are otherwise as sent");
    }

    @Test
    void anAjaxRequestKeepsItsPagesNonceWhenItIsOne() {
        String page = PostbackNonce.create();
        HttpServletRequest ajax = request("POST", "partial/ajax", Map.of(PostbackNonce.PARAMETER, page));
        assertEquals(page, PostbackNonce.of(ajax).getParameter(PostbackNonce.PARAMETER));
        assertFalse(PostbackNonce.replaced(ajax));

        HttpServletRequest forged = request("POST", "partial/ajax", Map.of(PostbackNonce.PARAMETER, "x' 'unsafe-inline"));
        String nonce = PostbackNonce.of(forged).getParameter(PostbackNonce.PARAMETER);
        assertTrue(PostbackNonce.isNonce(nonce), nonce);
        assertTrue(PostbackNonce.replaced(forged));
    }
}
