package org.bepart.contest;

import java.util.Locale;

/** The kinds of work a contest takes. */
public enum EntryCategory {
    DRAWING,
    PAINTING,
    PHOTO,
    VIDEO,
    POSTER,
    COMIC;

    /** Lower-case code for addresses and CSS. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
