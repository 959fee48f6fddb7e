package org.bepart.event;

import jakarta.ejb.EJB;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.bepart.account.Role;
import org.bepart.language.Language;
import org.bepart.news.NewsTestData;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.BusinessException;
import org.bepart.shared.ConcurrentChangeException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events services on Payara Micro with the Flyway schema on H2 (and the demo events); iCalendar read by ical4j. */
@ExtendWith(ArquillianExtension.class)
public class EventServiceIT {

    private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");

    @EJB
    private EventService events;

    @EJB
    private EventEditorService editor;

    @EJB
    private NewsTestData data;

    private long editorId;

    @BeforeEach
    void anEditor() {
        editorId = data.account("Editor " + UUID.randomUUID().toString().substring(0, 8), Role.EDITOR);
    }

    private static EventForm form(String title, LocalDateTime start, LocalDateTime end) {
        EventForm form = new EventForm(Language.HY);
        form.text(Language.HY).setTitle(title);
        form.text(Language.HY).setDescription("Նկարագրություն " + title);
        form.text(Language.EN).setTitle("EN " + title);
        form.setStart(start);
        form.setEnd(end);
        form.setPlace("Yerevan, Republic Square 1");
        form.setOnlineUrl("https://meet.example.org/" + UUID.randomUUID());
        return form;
    }

    private long published(EventForm form) {
        long id = editor.create(editorId, form);
        editor.publish(editorId, id, editor.load(editorId, id).getVersion());
        return id;
    }

    private static <T extends BusinessException> T fails(Class<T> type, Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected " + type.getSimpleName() + ", got " + thrown, thrown);
    }

    private static boolean listed(List<EventCard> cards, long id) {
        return cards.stream().anyMatch(c -> c.id() == id);
    }

    @Test
    void aDraftIsHiddenUntilPublishedThenShowsInTheListTheMonthAndItsPage() {
        LocalDate day = LocalDate.now(YEREVAN).plusDays(40);
        LocalDateTime start = day.atTime(18, 0);
        String title = "Հանդիպում " + UUID.randomUUID();
        long id = editor.create(editorId, form(title, start, start.plusHours(2)));
        assertTrue(events.find(id, Language.EN).isEmpty(), "a draft is not public");
        assertFalse(listed(events.upcoming(Language.EN, 100), id));
        assertTrue(events.calendar(id, Language.EN).isEmpty(), "no .ics of a draft");

        editor.publish(editorId, id, editor.load(editorId, id).getVersion());
        EventDetail detail = events.find(id, Language.EN).orElseThrow();
        assertEquals("EN " + title, detail.card().title());
        assertFalse(detail.card().fallback());
        assertEquals(title, events.find(id, Language.FR).orElseThrow().card().title(), "French falls back");
        assertTrue(events.find(id, Language.FR).orElseThrow().card().fallback());
        assertEquals(start.atZone(YEREVAN).toInstant(), detail.card().startsAt());
        assertTrue(listed(events.upcoming(Language.EN, 100), id));
        assertFalse(listed(events.past(Language.EN, 100), id));

        EventMonth month = events.month(Language.EN, YearMonth.from(day));
        assertTrue(listed(month.events(), id));
        for (List<EventDay> week : month.weeks()) {
            assertEquals(7, week.size());
            for (EventDay cell : week) {
                assertEquals(day.equals(cell.date()), listed(cell.events(), id), "only on its day: " + cell.date());
            }
        }
        assertFalse(listed(events.month(Language.EN, YearMonth.from(day).plusMonths(1)).events(), id));
        assertEquals(List.of("CREATED", "PUBLISHED"), data.auditActions(id, EventEditorService.AUDIT_SUBJECT));

        editor.unpublish(editorId, id, editor.load(editorId, id).getVersion());
        assertTrue(events.find(id, Language.EN).isEmpty(), "unpublished is hidden");
    }

    @Test
    void anEventSpanningMidnightShowsOnBothDaysAndAPastEventIsListedAsPast() {
        LocalDate day = LocalDate.now(YEREVAN).plusDays(50);
        long overnight = published(form("Գիշեր " + UUID.randomUUID(), day.atTime(22, 0), day.plusDays(1).atTime(2, 0)));
        EventMonth month = events.month(Language.HY, YearMonth.from(day));
        EventMonth next = events.month(Language.HY, YearMonth.from(day.plusDays(1)));
        for (EventMonth m : List.of(month, next)) {
            m.weeks().forEach(week -> week.forEach(cell -> assertEquals(
                    day.equals(cell.date()) || day.plusDays(1).equals(cell.date()), listed(cell.events(), overnight),
                    "on the evening and the night: " + cell.date())));
        }

        LocalDate before = LocalDate.now(YEREVAN).minusDays(20);
        long past = published(form("Անցյալ " + UUID.randomUUID(), before.atTime(10, 0), before.atTime(12, 0)));
        assertTrue(listed(events.past(Language.HY, 100), past));
        assertFalse(listed(events.upcoming(Language.HY, 100), past));
    }

    @Test
    void theIcsFileParsesWithIcal4jAndCarriesTheRightTimes() throws Exception {
        LocalDateTime start = LocalDate.now(YEREVAN).plusDays(30).atTime(LocalTime.of(9, 30));
        LocalDateTime end = start.plusHours(3).plusMinutes(15);
        EventForm form = form("Օրացույց, ստուգում; " + UUID.randomUUID(), start, end);
        long id = published(form);
        long draft = editor.create(editorId, form("Սևագիր " + UUID.randomUUID(), start, end));

        Calendar calendar = new CalendarBuilder().build(new StringReader(events.calendar(id, Language.EN)
                .orElseThrow()));
        assertTrue(calendar.getComponent(Component.VTIMEZONE).isPresent(), "VTIMEZONE included");
        List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
        assertEquals(1, vevents.size());
        VEvent vevent = vevents.get(0);
        assertEquals("EN " + form.text(Language.HY).getTitle(), value(vevent, Property.SUMMARY), "escaped and read back");
        assertEquals(start.atZone(YEREVAN).toInstant(), instant(vevent.getDateTimeStart().getDate()));
        assertEquals(end.atZone(YEREVAN).toInstant(), instant(vevent.getEndDate().orElseThrow().getDate()));
        assertEquals("Asia/Yerevan", vevent.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertTrue(value(vevent, Property.UID).startsWith("event-" + id + "@"));
        assertTrue(vevent.getProperty(Property.DTSTAMP).isPresent(), "DTSTAMP");
        assertEquals("Yerevan, Republic Square 1", value(vevent, Property.LOCATION));
        assertEquals(form.getOnlineUrl(), value(vevent, Property.URL));
        assertTrue(value(vevent, Property.DESCRIPTION).contains("/events/" + id));

        Calendar feed = new CalendarBuilder().build(new StringReader(events.feed(Language.HY)));
        List<String> uids = feed.<VEvent>getComponents(Component.VEVENT).stream()
                .map(v -> value(v, Property.UID)).toList();
        assertTrue(uids.contains("event-" + id + "@" + uids.get(0).replaceAll("^.*@", "")), uids.toString());
        assertTrue(uids.stream().noneMatch(u -> u.startsWith("event-" + draft + "@")), "no drafts in the feed");
        assertTrue(uids.size() >= 4, "the demo events too: " + uids.size());
    }

    private static String value(VEvent vevent, String property) {
        return vevent.getProperty(property).orElseThrow().getValue();
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }

    @Test
    void badDatesAndLinksAreRefusedWithTheirMessagesAndNothingIsSaved() {
        int before = editor.list(editorId, Language.EN).size();
        LocalDateTime start = LocalDateTime.now(YEREVAN).plusDays(5);
        assertEquals("event.error.endBeforeStart", fails(EventException.class,
                () -> editor.create(editorId, form("A", start, start.minusHours(1)))).getMessageKey());
        assertEquals("event.error.datesRequired", fails(EventException.class,
                () -> editor.create(editorId, form("A", start, null))).getMessageKey());
        EventForm script = form("B", start, start.plusHours(1));
        script.setOnlineUrl("javascript:alert(1)");
        assertEquals("event.error.onlineUrl", fails(EventException.class,
                () -> editor.create(editorId, script)).getMessageKey());
        EventForm nowhere = form("C", start, start.plusHours(1));
        nowhere.setPlace(" ");
        nowhere.setOnlineUrl(null);
        assertEquals("event.error.whereRequired", fails(EventException.class,
                () -> editor.create(editorId, nowhere)).getMessageKey());
        assertEquals(before, editor.list(editorId, Language.EN).size());
    }

    @Test
    void onlyEditorsChangeEventsAndAStaleFormIsRefused() {
        long contributor = data.account("Contributor", Role.CONTRIBUTOR);
        LocalDateTime start = LocalDateTime.now(YEREVAN).plusDays(7);
        fails(AccessDeniedException.class, () -> editor.create(contributor, form("X", start, start.plusHours(1))));
        fails(AccessDeniedException.class, () -> editor.list(null, Language.EN));

        long id = editor.create(editorId, form("Տարբերակ " + UUID.randomUUID(), start, start.plusHours(1)));
        fails(AccessDeniedException.class, () -> editor.publish(contributor, id, 0));
        EventForm first = editor.load(editorId, id);
        EventForm second = editor.load(editorId, id);
        first.setPlace("Gyumri");
        editor.save(editorId, first);
        second.setPlace("Vanadzor");
        fails(ConcurrentChangeException.class, () -> editor.save(editorId, second));
        assertEquals("Gyumri", editor.load(editorId, id).getPlace());
    }
}
