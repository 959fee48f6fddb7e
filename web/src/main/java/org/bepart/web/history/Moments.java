package org.bepart.web.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.web.i18n.ReaderLanguage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;

/**
 * Moments (date and time of day) as pages show them, {@code #{moments.dateTime(instant)}}: in the reader's language,
 * in the platform's time zone with its name, and as a machine-readable value for {@code <time datetime>}.
 */
@Named
@RequestScoped
public class Moments {

    /** The time zone times of day are shown in (the institution's, as for dates). */
    static final ZoneId ZONE = ZoneId.of("Asia/Yerevan");

    @Inject
    private ReaderLanguage reader;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(reader.getLocale()).withZone(ZONE).format(instant)
                + " (" + ZONE.getDisplayName(TextStyle.SHORT, reader.getLocale()) + ")";
    }

    /** ISO 8601 in UTC, for the datetime attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
