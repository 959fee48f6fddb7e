package org.bepart.web.event;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.bepart.event.EventCard;
import org.bepart.event.EventMonth;
import org.bepart.event.EventService;
import org.bepart.time.InstitutionZone;
import org.bepart.web.i18n.ReaderLanguage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code events.xhtml}: upcoming then past events at {@code /events}, or the month view at
 * {@code /events?month=2026-12}. A month that means nothing shows the list.
 */
@Named
@RequestScoped
public class EventsPage {

    static final int LIST_MAX = 50;

    @EJB
    private EventService events;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private HttpServletRequest request;

    private YearMonth month;
    private EventMonth calendar;
    private List<EventCard> upcoming;
    private List<EventCard> past;

    @PostConstruct
    void load() {
        month = month(request.getParameter("month"));
        if (month != null) {
            calendar = events.month(reader.getLanguage(), month);
        } else {
            upcoming = events.upcoming(reader.getLanguage(), LIST_MAX);
            past = events.past(reader.getLanguage(), LIST_MAX);
        }
    }

    static YearMonth month(String value) {
        if (value == null || !value.matches("[0-9]{4}-[0-9]{2}")) {
            return null;
        }
        try {
            YearMonth parsed = YearMonth.parse(value);
            return parsed.getYear() < 1900 || parsed.getYear() > 2999 ? null : parsed;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String monthUrl(YearMonth target) {
        return request.getContextPath() + "/events?month=" + target;
    }

    /** The month of today in the institution's time zone, for the link to the month view. */
    public YearMonth getCurrentMonth() {
        return YearMonth.now(InstitutionZone.get());
    }

    public boolean isToday(LocalDate day) {
        return day != null && day.equals(LocalDate.now(InstitutionZone.get()));
    }

    /** Monday to Sunday as column headings: the full name (for abbr) and the short one. */
    public List<DayOfWeek> getWeekdays() {
        return Arrays.asList(DayOfWeek.values());
    }

    public String weekday(DayOfWeek day, boolean full) {
        return day.getDisplayName(full ? TextStyle.FULL_STANDALONE : TextStyle.SHORT_STANDALONE, reader.getLocale());
    }

    public String getCalendarFeed() {
        return request.getContextPath() + "/events/feed.ics?lang=" + reader.getTag();
    }

    public YearMonth getMonth() {
        return month;
    }

    public EventMonth getCalendar() {
        return calendar;
    }

    public List<EventCard> getUpcoming() {
        return upcoming;
    }

    public List<EventCard> getPast() {
        return past;
    }
}
