package org.bepart.language;

import java.util.Locale;
import java.util.Optional;

/** The languages the platform is written and read in. The order is the order of the language switcher. */
public enum Language {
    HY("hy", "Հայերեն"),
    EN("en", "English"),
    FR("fr", "Français"),
    RU("ru", "Русский");

    private static final Language[] ALL = values();
    private final String tag;
    private final String nativeName;
    private final Locale locale;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** BCP 47 tag: hy, en, fr, ru. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as shown by the language switcher. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a tag such as "fr" or "fr-CH", ignoring case; empty when it is not one of ours. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        // By hand: read for every request (a cached page's ?lang=, each range of Accept-Language).
        String stripped = tag.strip();
        int end = 0;
        while (end < stripped.length() && stripped.charAt(end) != '-' && stripped.charAt(end) != '_') {
            end++;
        }
        for (Language language : ALL) {
            if (language.tag.length() == end && stripped.regionMatches(true, 0, language.tag, 0, end)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return fromTag(locale == null ? null : locale.getLanguage()).orElse(EN);
    }
}
