package org.bepart.news;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of item a news item is; readers filter the list and the feeds by it. */
public enum NewsCategory {
    NEWS,
    ANNOUNCEMENT,
    CONTEST,
    EVENT,
    PRESS_RELEASE;

    /** The value in addresses: news, announcement, contest, event, press-release. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category of an address value (ignoring case); empty for anything else. */
    public static Optional<NewsCategory> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(c -> c.code().equalsIgnoreCase(wanted)).findFirst();
    }
}
