package org.bepart.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random token per session for the plain forms of signed-in people outside Faces (sign-out): the form carries it
 * ({@code #{csrfToken.value}} in a hidden field named {@value #PARAMETER}), and the servlet accepts the POST only when
 * it matches the session's. Faces forms have their own (the view state).
 */
@Named
@RequestScoped
public class CsrfToken {

    public static final String PARAMETER = "csrf";
    private static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private HttpServletRequest request;

    /** The session's token, made on first use (only pages of signed-in people, who have a session, ask for it). */
    public String getValue() {
        return of(request.getSession());
    }

    static synchronized String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    /** Whether the request carries the token of its session (compared in constant time). */
    public static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(PARAMETER);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return sent != null && expected instanceof String token && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
