package org.bepart.event;

import org.bepart.translation.ShownText;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.bepart.language.Language;
import org.bepart.notification.MailSettings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes events as iCalendar (RFC 5545) with ical4j: times in the institution's time zone with its VTIMEZONE, or in
 * UTC when ical4j does not know that zone; a UID that stays the same for an event; the public page as URL.
 */
final class EventCalendar {

    private static final Logger LOG = Logger.getLogger(EventCalendar.class.getName());
    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

    private EventCalendar() {
    }

    static String write(List<Event> events, Language language, ZoneId zone, Instant now, String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//BePART//Events//" + language.tag().toUpperCase(java.util.Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        TimeZone timeZone = timeZone(zone);
        ZoneId shown = zone;
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        } else {
            shown = ZoneOffset.UTC;
        }
        for (Event event : events) {
            calendar.add(event(event, language, shown, timeZone != null, now));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static TimeZone timeZone(ZoneId zone) {
        try {
            return REGISTRY.getTimeZone(zone.getId());
        } catch (RuntimeException e) {
            LOG.warning(() -> "ical4j has no time zone " + zone + ", events go out in UTC: " + e);
            return null;
        }
    }

    private static VEvent event(Event event, Language language, ZoneId zone, boolean zoned, Instant now) {
        ShownText<EventText> shown = event.textFor(language);
        VEvent component;
        if (zoned) {
            component = new VEvent(ZonedDateTime.ofInstant(event.getStartsAt(), zone),
                    ZonedDateTime.ofInstant(event.getEndsAt(), zone), shown.text().getTitle());
        } else {
            component = new VEvent(event.getStartsAt(), event.getEndsAt(), shown.text().getTitle());
        }
        component.replace(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        component.add(new Uid("event-" + event.getId() + "@" + host()));
        component.add(new LastModified(event.getUpdatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        String page = MailSettings.link("/events/" + event.getId());
        StringBuilder description = new StringBuilder();
        if (shown.text().getDescription() != null) {
            description.append(shown.text().getDescription());
        }
        if (event.getOnlineUrl() != null) {
            description.append(description.isEmpty() ? "" : "\n\n").append(event.getOnlineUrl());
        }
        description.append(description.isEmpty() ? "" : "\n\n").append(page);
        component.add(new Description(description.toString()));
        String location = event.getPlace() != null ? event.getPlace() : event.getOnlineUrl();
        component.add(new Location(location));
        component.add(new Url(URI.create(event.getOnlineUrl() != null ? event.getOnlineUrl() : page)));
        return component;
    }

    private static String host() {
        String host = URI.create(MailSettings.publicUrl()).getHost();
        return host == null ? "bepart" : host;
    }
}
