package org.bepart.event;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.bepart.language.Language;
import org.bepart.time.InstitutionZone;
import org.bepart.news.NewsItem;
import org.bepart.notification.RecipientTexts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What readers see of the events calendar: published events only. Days and months are those of the institution's
 * time zone.
 */
@Stateless
public class EventService {

    public static final int MAX_LIST = 100;
    static final int FEED_MAX = 500;
    private static final String PUBLISHED = "e.status = org.bepart.event.EventStatus.PUBLISHED";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Events not over yet, the soonest first. */
    public List<EventCard> upcoming(Language language, int max) {
        return em.createNamedQuery(Event.FIND_UPCOMING, Event.class).setParameter("status", EventStatus.PUBLISHED)
                .setParameter("now", clock.instant())
                .setMaxResults(limit(max)).getResultList().stream().map(e -> EventCard.of(e, language)).toList();
    }

    /** Events that are over, the latest first. */
    public List<EventCard> past(Language language, int max) {
        return em.createQuery("SELECT e FROM Event e WHERE " + PUBLISHED + " AND e.endsAt <= :now "
                        + "ORDER BY e.startsAt DESC, e.id DESC", Event.class).setParameter("now", clock.instant())
                .setMaxResults(limit(max)).getResultList().stream().map(e -> EventCard.of(e, language)).toList();
    }

    /** The month view: every event that touches the month, placed on each of its days. */
    public EventMonth month(Language language, YearMonth month) {
        ZoneId zone = InstitutionZone.get();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Event> events = em.createQuery("SELECT e FROM Event e WHERE " + PUBLISHED
                        + " AND e.startsAt < :to AND e.endsAt > :from ORDER BY e.startsAt, e.id", Event.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<EventCard> cards = events.stream().map(e -> EventCard.of(e, language)).toList();
        List<List<EventDay>> weeks = new ArrayList<>();
        for (List<LocalDate> week : MonthGrid.of(month).weeks()) {
            List<EventDay> days = new ArrayList<>();
            for (LocalDate day : week) {
                List<EventCard> onDay = new ArrayList<>();
                for (int i = 0; day != null && i < events.size(); i++) {
                    Event e = events.get(i);
                    LocalDate first = LocalDate.ofInstant(e.getStartsAt(), zone);
                    // an event ending at midnight does not reach into that day
                    LocalDate last = LocalDate.ofInstant(e.getEndsAt().minusNanos(1), zone);
                    if (MonthGrid.spans(first, last, day)) {
                        onDay.add(cards.get(i));
                    }
                }
                days.add(new EventDay(day, List.copyOf(onDay)));
            }
            weeks.add(List.copyOf(days));
        }
        return new EventMonth(month, List.copyOf(weeks), cards);
    }

    /** A published event; empty when unknown or a draft. */
    public Optional<EventDetail> find(long id, Language language) {
        Event event = em.find(Event.class, id);
        if (event == null || !event.isPublished()) {
            return Optional.empty();
        }
        return Optional.of(detail(em, event, language, clock.instant()));
    }

    /** One published event as an iCalendar file; empty when unknown or a draft. */
    public Optional<String> calendar(long id, Language language) {
        Event event = em.find(Event.class, id);
        if (event == null || !event.isPublished()) {
            return Optional.empty();
        }
        return Optional.of(EventCalendar.write(List.of(event), language, InstitutionZone.get(), clock.instant(),
                null));
    }

    /** Every published event (the latest {@value #FEED_MAX}) as one iCalendar feed. */
    public String feed(Language language) {
        List<Event> events = em.createQuery("SELECT e FROM Event e WHERE " + PUBLISHED
                + " ORDER BY e.startsAt DESC, e.id DESC", Event.class).setMaxResults(FEED_MAX).getResultList();
        return EventCalendar.write(events, language, InstitutionZone.get(), clock.instant(),
                "BePART · " + RecipientTexts.text(language, "event.title"));
    }

    /** The event's page: its card, description and the linked news readers can see at {@code now}. */
    static EventDetail detail(EntityManager em, Event event, Language language, Instant now) {
        List<LinkedNews> news = event.getNewsIds().stream().map(id -> em.find(NewsItem.class, id))
                .filter(Objects::nonNull).filter(n -> n.isVisibleAt(now))
                .map(n -> new LinkedNews(n.getId(), n.textFor(language).text().getTitle(),
                        "/news/" + n.getId() + "/" + n.slug(language))).toList();
        return new EventDetail(EventCard.of(event, language), event.textFor(language).text().getDescription(), news,
                List.copyOf(event.getLanguages()));
    }

    private static int limit(int max) {
        return Math.max(1, Math.min(MAX_LIST, max));
    }
}
