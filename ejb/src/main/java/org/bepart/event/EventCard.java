package org.bepart.event;

import org.bepart.translation.ShownText;
import org.bepart.language.Language;

import java.io.Serializable;
import java.time.Instant;

/**
 * An event as lists and the calendar show it, in the reader's language or the original.
 *
 * @param language the language of the title
 * @param fallback true when the reader's own language is missing
 */
public record EventCard(long id, String title, Language language, boolean fallback, Instant startsAt,
                        Instant endsAt, String place, String onlineUrl, String slug) implements Serializable {

    /** The event's address below the context root: /events/{id}/{slug}. */
    public String path() {
        return "/events/" + id + (slug == null || slug.isEmpty() ? "" : "/" + slug);
    }

    public boolean isOnline() {
        return onlineUrl != null;
    }

    static EventCard of(Event event, Language reader) {
        ShownText<EventText> shown = event.textFor(reader);
        return new EventCard(event.getId() == null ? 0 : event.getId(), shown.text().getTitle(), shown.language(),
                shown.isFallback(), event.getStartsAt(), event.getEndsAt(), event.getPlace(), event.getOnlineUrl(),
                event.slug(reader));
    }
}
