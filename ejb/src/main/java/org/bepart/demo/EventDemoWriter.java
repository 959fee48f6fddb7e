package org.bepart.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.event.Event;
import org.bepart.event.EventText;
import org.bepart.language.Language;
import org.bepart.time.InstitutionZone;
import org.bepart.platform.ClusterLocks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * Writes the demo events of {@code events.json} in one transaction, published: some days ahead ({@code daysAhead})
 * or ago ({@code daysAgo}) at a local time of the institution's time zone.
 */
@Stateless
public class EventDemoWriter {

    @EJB
    private ClusterLocks locks;

    static final String RESOURCE = "/org/bepart/demo/events.json";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Loads the demo events unless there is already an event; returns how many it loaded. */
    public int loadIfEmpty() {
        locks.holdStartupLock(); // a second server starting at once waits here, then finds the data
        long existing = em.createQuery("SELECT COUNT(e) FROM Event e", Long.class).getSingleResult();
        if (existing > 0) {
            return 0;
        }
        JsonArray events = read();
        Instant now = clock.instant();
        for (JsonValue value : events) {
            em.persist(event(value.asJsonObject(), now));
        }
        return events.size();
    }

    private static Event event(JsonObject o, Instant now) {
        ZoneId zone = InstitutionZone.get();
        Language original = Language.fromTag(o.getString("original")).orElseThrow();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate day = o.containsKey("daysAhead") ? today.plusDays(o.getInt("daysAhead"))
                : today.minusDays(o.getInt("daysAgo"));
        Instant start = day.atTime(LocalTime.parse(o.getString("startTime"))).atZone(zone).toInstant();
        Instant end = start.plus(Duration.ofHours(o.getInt("durationHours")));
        JsonObject texts = o.getJsonObject("texts");
        Event event = new Event(original, text(texts.getJsonObject(original.tag())), start, end, now);
        for (Map.Entry<String, JsonValue> entry : texts.entrySet()) {
            Language language = Language.fromTag(entry.getKey()).orElseThrow();
            if (language != original) {
                event.write(language, text(entry.getValue().asJsonObject()), now);
            }
        }
        event.locate(string(o, "place"), string(o, "onlineUrl"), now);
        event.publish(now);
        return event;
    }

    private static String string(JsonObject o, String key) {
        return o.isNull(key) ? null : o.getString(key);
    }

    private static EventText text(JsonObject o) {
        return new EventText(o.getString("title"), o.getString("description", null));
    }

    private static JsonArray read() {
        try (InputStream in = EventDemoWriter.class.getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            return reader.readArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
