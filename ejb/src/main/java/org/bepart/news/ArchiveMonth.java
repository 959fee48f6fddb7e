package org.bepart.news;

import java.time.YearMonth;

/** A month of the archive and how many items were published in it (in the institution's time zone). */
public record ArchiveMonth(YearMonth month, long count) {

    /** The month as addresses write it: 2026-06. */
    public String code() {
        return month.toString();
    }
}
