package org.bepart.event;

import org.bepart.language.Language;
import org.bepart.translation.OriginalTextRequiredException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final Instant START = Instant.parse("2026-06-10T07:00:00Z");

    private static Event event() {
        Event event = new Event(Language.HY, new EventText("Հանդիպում", "Նկարագրություն"), START,
                START.plus(Duration.ofHours(2)), NOW);
        event.locate("Երևան", null, NOW);
        return event;
    }

    private static String key(Runnable action) {
        return assertThrows(EventException.class, action::run).getMessageKey();
    }

    @Test
    void anEventEndsAfterItStarts() {
        assertEquals("event.error.endBeforeStart", key(() -> new Event(Language.EN, new EventText("A", null),
                START, START, NOW)));
        assertEquals("event.error.endBeforeStart", key(() -> event().reschedule(START, START.minusSeconds(60), NOW)));
        assertEquals("event.error.datesRequired", key(() -> event().reschedule(START, null, NOW)));
        Event event = event();
        event.reschedule(START, START.plusSeconds(60), NOW);
        assertEquals(START.plusSeconds(60), event.getEndsAt());
    }

    @Test
    void onlineLinksAreHttpOrHttpsOnlyAndAPlaceOrLinkIsRequired() {
        Event event = event();
        event.locate(null, "https://meet.example.org/room?id=1", NOW);
        assertEquals("https://meet.example.org/room?id=1", event.getOnlineUrl());
        assertEquals("event.error.onlineUrl", key(() -> event.locate(null, "javascript:alert(1)", NOW)));
        assertEquals("event.error.onlineUrl", key(() -> event.locate("Hall", "ftp://example.org/x", NOW)));
        assertEquals("event.error.onlineUrl", key(() -> event.locate("Hall", "https:///nohost", NOW)));
        assertEquals("event.error.onlineUrl", key(() -> event.locate("Hall", "http://exa mple.org", NOW)));
        assertEquals("event.error.whereRequired", key(() -> event.locate(" ", "", NOW)));
        assertTrue(Event.isWebLink("HTTP://example.org"));
        assertFalse(Event.isWebLink("//example.org"));
    }

    @Test
    void readersSeeTheirLanguageOrTheOriginal() {
        Event event = event();
        event.write(Language.EN, new EventText("Meeting", null), NOW);
        assertEquals("Meeting", event.textFor(Language.EN).text().getTitle());
        assertTrue(event.textFor(Language.FR).isFallback());
        assertEquals("Հանդիպում", event.textFor(Language.FR).text().getTitle());
        assertEquals("translation.error.originalRequired", assertThrows(OriginalTextRequiredException.class,
                () -> event.removeTranslation(Language.HY, NOW)).getMessageKey());
        event.removeTranslation(Language.EN, NOW);
        assertEquals(List.of(Language.HY), List.copyOf(event.getLanguages()));
    }

    @Test
    void publishingTwiceOrUnpublishingADraftIsRefused() {
        Event event = event();
        assertEquals("event.error.notPublished", key(() -> event.unpublish(NOW)));
        event.publish(NOW);
        assertTrue(event.isPublished());
        assertEquals("event.error.alreadyPublished", key(() -> event.publish(NOW)));
        assertFalse(event.isPastAt(NOW));
        assertTrue(event.isPastAt(START.plus(Duration.ofHours(2))));
    }

    @Test
    void linkedNewsKeepTheirOrderWithoutDuplicates() {
        Event event = event();
        event.linkNews(java.util.Arrays.asList(7L, 3L, 7L, null), NOW);
        assertEquals(List.of(7L, 3L), event.getNewsIds());
        assertEquals("event.error.tooManyNews", key(() -> event.linkNews(java.util.stream.LongStream.range(0, 11)
                .boxed().toList(), NOW)));
    }
}
