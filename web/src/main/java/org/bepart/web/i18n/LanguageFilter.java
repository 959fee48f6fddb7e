package org.bepart.web.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.language.Language;
import org.bepart.web.headers.SecurityHeaders;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Resolves the reader's language once per request and keeps an explicit choice in a cookie, so that no server
 * session is needed to remember it. Like the session cookie, that cookie is {@code Secure} when the public address is
 * https.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "bepart_lang";
    static final String ATTRIBUTE = LanguageFilter.class.getName();
    static final String DEFAULT_KEY = "bepart.default-language";
    private static final String RESOURCES = "/jakarta.faces.resource/";
    /** Widgets are framed by other sites in the language their address names: they set no cookie. */
    private static final String WIDGETS = "/widget/";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            choose(request, response); // style sheets and scripts are the same in every language
        }
        chain.doFilter(request, response);
    }

    /** The settings, read once. */
    private static final class Settings {
        static final Language FALLBACK;
        static final boolean SECURE;

        static {
            var config = ConfigProvider.getConfig();
            String configured = config.getOptionalValue(DEFAULT_KEY, String.class).orElse("hy");
            FALLBACK = Language.fromTag(configured).orElse(Language.HY);
            SECURE = SecurityHeaders.of(key -> config.getOptionalValue(key, String.class)).https();
        }
    }

    /**
     * Decides the reader's language of this request (once: later calls return the same), remembering an explicit
     * choice in the cookie, and says that the answer varies with it.
     */
    public static Language choose(HttpServletRequest request, HttpServletResponse response) {
        Optional<Language> chosen = chosen(request);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Language fallback = Settings.FALLBACK;
        boolean secure = Settings.SECURE;
        String requested = request.getParameter(PARAMETER);
        String remembered = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
        Language language = LanguageNegotiation.decide(requested, remembered, request.getHeader("Accept-Language"),
                fallback);
        if (Language.fromTag(requested).isPresent() && !language.tag().equals(remembered)
                && !request.getRequestURI().startsWith(request.getContextPath() + WIDGETS)) {
            // Written as a header: the container's cookie writer formats an expiry date each time, a visible share of
            // answering a cached page to a reader who came by a link with ?lang=. Max-Age alone is understood by
            // every browser in use.
            String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
            response.addHeader("Set-Cookie", COOKIE + "=" + language.tag() + "; Max-Age=" + ONE_YEAR + "; Path=" + path
                    + "; SameSite=Lax" + (secure || request.isSecure() ? "; Secure" : ""));
        }
        request.setAttribute(ATTRIBUTE, language);
        response.addHeader("Vary", "Accept-Language, Cookie");
        return language;
    }

    /** The language {@link LanguageFilter} chose for this request, or the English fallback outside of it. */
    public static Language of(HttpServletRequest request) {
        return chosen(request).orElse(Language.EN);
    }

    /** The language {@link LanguageFilter} chose for this request; empty before it ran. */
    public static Optional<Language> chosen(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Language l ? Optional.of(l) : Optional.empty();
    }
}
