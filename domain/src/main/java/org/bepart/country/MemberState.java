package org.bepart.country;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A member state of the Council of Europe (46 since March 2022). The constant's name is its ISO 3166-1 alpha-2 code;
 * the display name comes from the JDK's CLDR data in the reader's locale.
 */
public enum MemberState {
    AL, AD, AM, AT, AZ, BE, BA, BG, HR, CY, CZ, DK, EE, FI, FR, GE, DE, GR, HU, IS, IE, IT, LV, LI, LT, LU, MT, MD,
    MC, ME, NL, MK, NO, PL, PT, RO, SM, RS, SK, SI, ES, SE, CH, TR, UA, GB;

    /** ISO 3166-1 alpha-2 code, upper case. */
    public String code() {
        return name();
    }

    public String displayName(Locale locale) {
        return NAMES.computeIfAbsent(locale, l -> Arrays.stream(values())
                .map(s -> new Locale("", s.name()).getDisplayCountry(l)).toArray(String[]::new))[ordinal()];
    }

    /** The member state of a code in any case; empty for anything else, including codes of non-members. */
    public static Optional<MemberState> fromCode(String code) {
        if (code == null || code.length() != 2) {
            return Optional.empty();
        }
        String upper = code.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(upper)).findFirst();
    }

    /** All member states sorted by their name in the given locale. */
    public static List<MemberState> sortedBy(Locale locale) {
        return SORTED.computeIfAbsent(locale, l -> {
            Collator collator = Collator.getInstance(l);
            return Arrays.stream(values())
                    .sorted(Comparator.comparing((MemberState s) -> s.displayName(l), collator))
                    .toList();
        });
    }

    // Names and orders per language, worked out once: pages ask for them on every request.
    private static final Map<Locale, String[]> NAMES = new ConcurrentHashMap<>();
    private static final Map<Locale, List<MemberState>> SORTED = new ConcurrentHashMap<>();
}
