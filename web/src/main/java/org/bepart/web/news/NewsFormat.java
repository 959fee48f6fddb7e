package org.bepart.web.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.time.InstitutionZone;
import org.bepart.web.i18n.ReaderLanguage;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;

/**
 * Times of news items as pages show them, in the institution's time zone ({@code #{newsFormat.time(card.publishAt)}}):
 * the time of day and the date, as the announcement pages readers know show them, and month names of the archive.
 */
@Named
@RequestScoped
public class NewsFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    private ReaderLanguage reader;

    private ZoneId zone;

    private ZoneId zone() {
        if (zone == null) {
            zone = InstitutionZone.get();
        }
        return zone;
    }

    /** 15:00 */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone()));
    }

    /** 09.06.2025 */
    public String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(zone()));
    }

    /** The date and time in the reader's language, e.g. "9 June 2026, 15:00". */
    public String dateTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(reader.getLocale())
                .format(at.atZone(zone())) + ", " + time(at);
    }

    /** For {@code <time datetime>}. */
    public String machine(Instant at) {
        return at == null ? "" : MACHINE.format(at.atZone(zone()).withNano(0));
    }

    /** "June 2026" in the reader's language (the stand-alone month name, as Armenian and Russian need). */
    public String month(YearMonth month) {
        if (month == null) {
            return "";
        }
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, reader.getLocale());
        if (name.matches("[0-9]+")) {
            name = month.getMonth().getDisplayName(TextStyle.FULL, reader.getLocale());
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear();
    }

    /** The institution's time zone, shown beside schedule inputs. */
    public String getZone() {
        return zone().getId();
    }
}
