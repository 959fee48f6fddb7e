package org.bepart.web.i18n;

import org.bepart.language.Language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Decides the language of a request. Pure: no servlet types, so it is tested as plain code. */
public final class LanguageNegotiation {

    /** Longer Accept-Language headers are ignored rather than parsed. */
    static final int MAX_HEADER = 512;

    private LanguageNegotiation() {
    }

    /**
     * The language to show.
     *
     * @param requested      value of the {@code lang} parameter, may be null or anything
     * @param remembered     value of the language cookie, may be null or anything
     * @param acceptLanguage the Accept-Language header, may be null or malformed
     * @param fallback       the platform's default language
     */
    public static Language decide(String requested, String remembered, String acceptLanguage, Language fallback) {
        return Language.fromTag(requested)
                .or(() -> Language.fromTag(remembered))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(fallback);
    }

    /** The first of our languages in the reader's order of preference; empty when none or the header is bad. */
    static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<String> ours = Arrays.stream(Language.values()).map(Language::tag).toList();
            return Optional.ofNullable(Locale.lookupTag(ranges, ours)).flatMap(Language::fromTag);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
