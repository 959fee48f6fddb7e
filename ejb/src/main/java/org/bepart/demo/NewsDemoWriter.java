package org.bepart.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.language.Language;
import org.bepart.news.NewsCategory;
import org.bepart.news.NewsHtml;
import org.bepart.news.NewsItem;
import org.bepart.news.NewsText;
import org.bepart.platform.ClusterLocks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Writes the demo news of {@code news.json} in one transaction: items published some days ago ({@code daysAgo}) or
 * scheduled some days ahead ({@code daysAhead}).
 */
@Stateless
public class NewsDemoWriter {

    @EJB
    private ClusterLocks locks;

    static final String RESOURCE = "/org/bepart/demo/news.json";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Loads the demo news unless there is already a news item; returns how many it loaded. */
    public int loadIfEmpty() {
        locks.holdStartupLock(); // a second server starting at once waits here, then finds the data
        long existing = em.createQuery("SELECT COUNT(n) FROM NewsItem n", Long.class).getSingleResult();
        if (existing > 0) {
            return 0;
        }
        JsonArray items = read();
        Instant now = clock.instant();
        for (JsonValue value : items) {
            em.persist(item(value.asJsonObject(), now));
        }
        return items.size();
    }

    private static NewsItem item(JsonObject o, Instant now) {
        Language original = Language.fromTag(o.getString("original")).orElseThrow();
        JsonObject texts = o.getJsonObject("texts");
        boolean scheduled = o.containsKey("daysAhead");
        Instant created = scheduled ? now : now.minus(Duration.ofDays(o.getInt("daysAgo")));
        NewsItem item = new NewsItem(NewsCategory.valueOf(o.getString("category")), original,
                text(texts.getJsonObject(original.tag())), null, created);
        for (Map.Entry<String, JsonValue> entry : texts.entrySet()) {
            Language language = Language.fromTag(entry.getKey()).orElseThrow();
            if (language != original) {
                item.write(language, text(entry.getValue().asJsonObject()), created);
            }
        }
        item.tag(o.getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                created);
        item.callToAction(o.getString("ctaLink", null), created);
        item.pin(o.getBoolean("pinned", false), created);
        if (scheduled) {
            item.schedule(now.plus(Duration.ofDays(o.getInt("daysAhead"))), now);
        } else {
            item.publish(created);
        }
        return item;
    }

    private static NewsText text(JsonObject t) {
        return new NewsText(t.getString("title"), t.getString("teaser", null), NewsHtml.sanitize(t.getString("body")),
                t.getString("ctaLabel", null), t.getString("imageAlt", null));
    }

    private static JsonArray read() {
        try (InputStream in = NewsDemoWriter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
