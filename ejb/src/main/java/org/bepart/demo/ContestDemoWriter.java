package org.bepart.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.contest.Contest;
import org.bepart.contest.ContestEntry;
import org.bepart.contest.ContestText;
import org.bepart.contest.EntryCategory;
import org.bepart.contest.EntryDraft;
import org.bepart.contest.EntryMedia;
import org.bepart.language.Language;
import org.bepart.news.NewsImages;
import org.bepart.platform.ClusterLocks;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo contests of {@code contests.json} in one transaction: an open one, and a past one whose approved
 * entries (pictures drawn here) were scored and whose winners are announced.
 */
@Stateless
public class ContestDemoWriter {

    @EJB
    private ClusterLocks locks;

    static final String RESOURCE = "/org/bepart/demo/contests.json";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Loads the demo contests unless there is already one; returns how many it loaded. */
    public int loadIfEmpty() {
        locks.holdStartupLock(); // a second server starting at once waits here, then finds the data
        long existing = em.createQuery("SELECT COUNT(c) FROM Contest c", Long.class).getSingleResult();
        if (existing > 0) {
            return 0;
        }
        JsonArray contests = read();
        Instant now = clock.instant();
        for (JsonValue value : contests) {
            write(value.asJsonObject(), now);
        }
        return contests.size();
    }

    private void write(JsonObject o, Instant now) {
        Language original = Language.fromTag(o.getString("original")).orElseThrow();
        JsonObject texts = o.getJsonObject("texts");
        Instant opens = now.minus(Duration.ofDays(o.getInt("opensDaysAgo")));
        Instant closes = now.plus(Duration.ofDays(o.getInt("closesInDays")));
        Contest contest = new Contest(original, text(texts.getJsonObject(original.tag())), null, opens);
        for (Map.Entry<String, JsonValue> entry : texts.entrySet()) {
            Language language = Language.fromTag(entry.getKey()).orElseThrow();
            if (language != original) {
                contest.write(language, text(entry.getValue().asJsonObject()), opens);
            }
        }
        contest.ages(o.getInt("minAge"), o.getInt("maxAge"), opens);
        contest.schedule(opens, closes, opens);
        contest.categorise(o.getJsonArray("categories").getValuesAs(JsonString.class).stream()
                .map(s -> EntryCategory.valueOf(s.getString())).toList(), opens);
        contest.limit(Contest.DEFAULT_MAX_IMAGE_BYTES, Contest.DEFAULT_VIDEO_HOSTS,
                o.getInt("maxVideoMb") * 1024L * 1024, opens);
        contest.publish(opens);
        em.persist(contest);
        em.flush();
        if (!o.containsKey("entries")) {
            return;
        }
        List<ContestEntry> entries = new ArrayList<>();
        Instant sent = opens.plus(Duration.ofDays(3));
        for (JsonValue value : o.getJsonArray("entries")) {
            JsonObject e = value.asJsonObject();
            int age = e.getInt("age");
            ContestEntry entry = contest.admit(new EntryDraft(e.getString("name"), age, "family@example.org",
                    EntryCategory.valueOf(e.getString("category")), e.getString("title"), age < Contest.ADULT_AGE,
                    age < Contest.ADULT_AGE ? "Parent of " + e.getString("name") : null, true, null, false), sent);
            entry.approve(null, sent.plus(Duration.ofDays(1)));
            em.persist(entry);
            em.flush();
            NewsImages.Processed image = NewsImages.process(picture(e.getJsonArray("color")));
            em.persist(new EntryMedia(entry.getId(), image.contentType(), image.content(), image.thumbnail()));
            entries.add(entry);
            sent = sent.plus(Duration.ofHours(7));
        }
        // The entries are listed in the jury's order: the first three win.
        if (o.getBoolean("winners", false)) {
            for (int place = 1; place <= Math.min(3, entries.size()); place++) {
                entries.get(place - 1).award(place);
            }
            contest.announceWinners(closes.plus(Duration.ofDays(7)));
        }
    }

    /** A landscape in the entry's colour: a sky, a sun, hills and a wind turbine. */
    private static byte[] picture(JsonArray rgb) {
        Color main = new Color(((JsonNumber) rgb.get(0)).intValue(), ((JsonNumber) rgb.get(1)).intValue(),
                ((JsonNumber) rgb.get(2)).intValue());
        BufferedImage image = new BufferedImage(800, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(187, 222, 251), 0, 560, Color.WHITE));
            g.fillRect(0, 0, 800, 560);
            g.setColor(main);
            g.fillOval(560, 60, 140, 140);
            g.setColor(new Color(56, 142, 60));
            g.fillOval(-200, 330, 700, 400);
            g.setColor(new Color(102, 187, 106));
            g.fillOval(300, 360, 800, 400);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(10));
            g.drawLine(300, 380, 300, 200);
            g.setStroke(new BasicStroke(8));
            g.drawLine(300, 200, 240, 130);
            g.drawLine(300, 200, 390, 210);
            g.drawLine(300, 200, 270, 290);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ContestText text(JsonObject t) {
        return new ContestText(t.getString("title"), t.getString("description", null), t.getString("rules", null));
    }

    private static JsonArray read() {
        try (InputStream in = ContestDemoWriter.class.getResourceAsStream(RESOURCE)) {
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
