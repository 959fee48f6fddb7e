package org.bepart.web.availability;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.language.Language;
import org.bepart.web.i18n.LanguageFilter;
import org.bepart.web.i18n.LanguageNegotiation;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A short translated page ({@link PageHtml}) written without Faces, for answers that must not depend on what failed:
 * an upload too large to parse, a database out of reach. Its language comes from the reader's cookie and browser,
 * never from parameters (reading them would parse the request's body).
 */
public final class PlainPage {

    private PlainPage() {
    }

    /**
     * Answers with {@code status}, a heading and a paragraph (bundle keys); the response must not be committed yet.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
                             String textKey) throws IOException {
        Language language = language(request);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(PageHtml.of(language, request.getContextPath(), titleKey, textKey, 0));
    }

    /** The language the request already has, or the one its cookie and browser ask for. */
    static Language language(HttpServletRequest request) {
        Optional<Language> chosen = LanguageFilter.chosen(request);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        String remembered = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> LanguageFilter.COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
        Language fallback = ConfigProvider.getConfig().getOptionalValue("bepart.default-language", String.class)
                .flatMap(Language::fromTag).orElse(Language.HY);
        return LanguageNegotiation.decide(null, remembered, request.getHeader("Accept-Language"), fallback);
    }
}
