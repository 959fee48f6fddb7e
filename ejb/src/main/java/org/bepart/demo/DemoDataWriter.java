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
import org.bepart.country.MemberState;
import org.bepart.initiative.Format;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Link;
import org.bepart.initiative.Location;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Party;
import org.bepart.initiative.Schedule;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.platform.ClusterLocks;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes the demo initiatives of {@code initiatives.json} in one transaction. */
@Stateless
public class DemoDataWriter {

    @EJB
    private ClusterLocks locks;

    static final String RESOURCE = "/org/bepart/demo/initiatives.json";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Loads the demo initiatives unless there is already at least one initiative; returns how many it loaded. */
    public int loadIfEmpty() {
        locks.holdStartupLock(); // a second server starting at once waits here, then finds the data
        long existing = em.createQuery("SELECT COUNT(i) FROM Initiative i", Long.class).getSingleResult();
        if (existing > 0) {
            return 0;
        }
        JsonArray items = read();
        Instant now = clock.instant();
        Map<String, Term> terms = em.createNamedQuery(Term.FIND_ALL, Term.class).getResultStream()
                .collect(Collectors.toMap(t -> t.getKind() + ":" + t.getCode(), Function.identity()));
        for (JsonValue value : items) {
            em.persist(initiative(value.asJsonObject(), now, terms));
        }
        return items.size();
    }

    private static JsonArray read() {
        try (InputStream in = DemoDataWriter.class.getResourceAsStream(RESOURCE)) {
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

    private static Initiative initiative(JsonObject o, Instant now, Map<String, Term> byKindAndCode) {
        Language original = language(o.getString("originalLanguage"));
        JsonObject texts = o.getJsonObject("texts");
        Instant submitted = now.minus(Duration.ofDays(o.getInt("submittedDaysAgo")));
        Instant created = submitted.minus(Duration.ofDays(3));

        Initiative initiative = new Initiative(original, text(texts.getJsonObject(original.tag())),
                MemberState.fromCode(o.getString("country")).orElseThrow(), GovernmentLevel.valueOf(o.getString("level")),
                created);
        for (Map.Entry<String, JsonValue> entry : texts.entrySet()) {
            Language language = language(entry.getKey());
            if (language != original) {
                initiative.putText(language, text(entry.getValue().asJsonObject()), created);
            }
        }
        initiative.locate(initiative.getCountry(), o.getString("region", null), o.getString("municipality", null),
                initiative.getGovernmentLevel(), created);
        initiative.describeHow(Format.valueOf(o.getString("format")), schedule(o), created);
        if (o.containsKey("latitude") && o.containsKey("longitude")) {
            initiative.placeAt(new Location(o.getJsonNumber("latitude").doubleValue(),
                    o.getJsonNumber("longitude").doubleValue()), created);
        }

        List<Term> terms = new ArrayList<>();
        terms.addAll(strings(o, "themes", code -> term(byKindAndCode, TermKind.THEME, code)));
        terms.addAll(strings(o, "tools", code -> term(byKindAndCode, TermKind.TOOL, code)));
        terms.addAll(strings(o, "targetGroups", code -> term(byKindAndCode, TermKind.TARGET_GROUP, code)));
        initiative.classify(strings(o, "stages", Stage::valueOf),
                strings(o, "participation", ParticipationLevel::valueOf), terms, created);

        initiative.setParties(party(o.getJsonObject("civilSociety")), party(o.getJsonObject("publicAuthority")),
                created);
        initiative.setLinks(o.containsKey("links") ? o.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .map(l -> new Link(l.getString("url"), l.getString("label", null))).toList() : List.of(), created);

        walkTo(initiative, InitiativeStatus.valueOf(o.getString("status")), submitted);
        return initiative;
    }

    /** Moves a draft along the lifecycle's ordinary path to {@code target}, a day per step. */
    private static void walkTo(Initiative initiative, InitiativeStatus target, Instant submitted) {
        List<InitiativeStatus> path = switch (target) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(InitiativeStatus.SUBMITTED);
            case UNDER_REVIEW -> List.of(InitiativeStatus.SUBMITTED, InitiativeStatus.UNDER_REVIEW);
            case VALIDATED -> List.of(InitiativeStatus.SUBMITTED, InitiativeStatus.UNDER_REVIEW,
                    InitiativeStatus.VALIDATED);
            case CHANGES_REQUESTED -> List.of(InitiativeStatus.SUBMITTED, InitiativeStatus.UNDER_REVIEW,
                    InitiativeStatus.CHANGES_REQUESTED);
            case REJECTED -> List.of(InitiativeStatus.SUBMITTED, InitiativeStatus.REJECTED);
        };
        Instant at = submitted;
        for (InitiativeStatus step : path) {
            initiative.moveTo(step, at);
            at = at.plus(Duration.ofHours(20));
        }
    }

    private static Term term(Map<String, Term> byKindAndCode, TermKind kind, String code) {
        Term term = byKindAndCode.get(kind + ":" + code);
        if (term == null) {
            throw new IllegalArgumentException("unknown " + kind + " " + code);
        }
        return term;
    }

    private static Schedule schedule(JsonObject o) {
        LocalDate start = date(o, "startDate");
        if (o.getBoolean("ongoing", false)) {
            return Schedule.ongoingSince(start);
        }
        return Schedule.between(start, date(o, "endDate"));
    }

    private static LocalDate date(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? LocalDate.parse(o.getString(key)) : null;
    }

    private static <T> List<T> strings(JsonObject o, String key, Function<String, T> mapper) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).map(mapper).toList() : List.of();
    }

    private static InitiativeText text(JsonObject t) {
        return new InitiativeText(t.getString("title"), t.getString("summary"), t.getString("description", null),
                t.getString("objectives", null), t.getString("results", null), t.getString("challenges", null),
                t.getString("lessons", null), t.getString("resources", null));
    }

    private static Party party(JsonObject p) {
        return p == null ? null : new Party(p.getString("name", null), p.getString("contactPerson", null),
                p.getString("email", null));
    }

    private static Language language(String tag) {
        return Language.fromTag(tag).orElseThrow(() -> new IllegalArgumentException("unknown language " + tag));
    }
}
