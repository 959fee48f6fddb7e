package org.bepart.web.headers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The script nonce a form sent back to a Faces page carries ({@value #PARAMETER}, added by PrimeFaces' script). A
 * page sent back whole gets a new nonce of the server's choosing, never the client's: without script (a reader
 * without JavaScript, an HTTP client) the field is missing, and PrimeFaces would refuse the form. Only an Ajax
 * request keeps the nonce its page was given (PrimeFaces checks it against the view), so that the scripts it brings
 * run in that page.
 */
final class PostbackNonce extends HttpServletRequestWrapper {

    /** PrimeFaces' request parameter and view-map key for the nonce. */
    static final String PARAMETER = "primefaces.nonce";
    private static final String ATTRIBUTE = PostbackNonce.class.getName();

    private final boolean ajax;
    private final String fresh = create();

    private PostbackNonce(HttpServletRequest request, boolean ajax) {
        super(request);
        this.ajax = ajax;
    }

    /**
     * {@code request}, wrapped when it is a POST (which may be a Faces postback), with a nonce of its own for each
     * dispatch (an error page is rendered afresh). Reads no parameter yet: an oversized upload is refused first.
     */
    static HttpServletRequest of(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return request;
        }
        PostbackNonce wrapped = new PostbackNonce(request,
                "partial/ajax".equalsIgnoreCase(request.getHeader("Faces-Request")));
        request.setAttribute(ATTRIBUTE, wrapped);
        return wrapped;
    }

    /** Whether the nonce of this request is the server's rather than the one its page was given. */
    static boolean replaced(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof PostbackNonce p && !p.keepsClientNonce();
    }

    private boolean keepsClientNonce() {
        return ajax && isNonce(super.getParameter(PARAMETER));
    }

    private String nonce() {
        return keepsClientNonce() ? super.getParameter(PARAMETER) : fresh;
    }

    /** A nonce as PrimeFaces makes and accepts them: Base64 of a random UUID's text. */
    static String create() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    static boolean isNonce(String value) {
        if (value == null || value.length() != 48) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String getParameter(String name) {
        return PARAMETER.equals(name) ? nonce() : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return PARAMETER.equals(name) ? new String[] {nonce()} : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> map = super.getParameterMap();
        if (!map.containsKey(PARAMETER)) {
            return map;
        }
        Map<String, String[]> replaced = new LinkedHashMap<>(map);
        replaced.put(PARAMETER, new String[] {nonce()});
        return Collections.unmodifiableMap(replaced);
    }
}
