package org.bepart.initiative;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a card shows, in every language the initiative has, as the JSON the search index stores: lists, the map
 * and related initiatives are then drawn without reading the database.
 */
public final class CardJson {

    /** Looked up once: {@code Json.create…} searches the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private CardJson() {
    }

    public static String write(Initiative i) {
        JsonObjectBuilder texts = JSON.createObjectBuilder();
        for (Language language : i.availableLanguages()) {
            InitiativeText text = i.textFor(language).text();
            texts.add(language.tag(), JSON.createObjectBuilder().add("title", text.getTitle())
                    .add("summary", text.getSummary()));
        }
        JsonObjectBuilder card = JSON.createObjectBuilder()
                .add("original", i.getOriginalLanguage().tag())
                .add("texts", texts)
                .add("country", i.getCountry().code())
                .add("level", i.getGovernmentLevel().name())
                .add("status", i.getStatus().name())
                .add("stages", names(i.getStages()))
                .add("participation", names(i.getParticipationLevels()))
                .add("themes", strings(i.termsOf(TermKind.THEME).stream().map(Term::getCode).toList()))
                .add("ongoing", i.getSchedule().isOngoing());
        optional(card, "region", i.getRegion());
        optional(card, "municipality", i.getMunicipality());
        optional(card, "startDate", i.getSchedule().getStartDate());
        optional(card, "endDate", i.getSchedule().getEndDate());
        optional(card, "submittedAt", i.getSubmittedAt());
        return card.build().toString();
    }

    /** The card in the reader's language, or the original's; theme names come from {@code themes} by code. */
    public static InitiativeCard read(long id, String json, Language language, Map<String, TermView> themes) {
        JsonObject card;
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            card = reader.readObject();
        }
        Language original = Language.fromTag(card.getString("original")).orElseThrow();
        JsonObject texts = card.getJsonObject("texts");
        Language shown = texts.containsKey(language.tag()) ? language : original;
        JsonObject text = texts.getJsonObject(shown.tag());
        return new InitiativeCard(id, Initiative.slug(text.getString("title")), text.getString("title"),
                text.getString("summary"), null, shown, shown != language,
                MemberState.valueOf(card.getString("country")), card.getString("region", null),
                card.getString("municipality", null), GovernmentLevel.valueOf(card.getString("level")),
                InitiativeStatus.valueOf(card.getString("status")),
                list(card, "stages", Stage::valueOf), list(card, "participation", ParticipationLevel::valueOf),
                list(card, "themes", code -> themes.get(code)).stream().filter(t -> t != null).toList(),
                date(card, "startDate"), date(card, "endDate"), card.getBoolean("ongoing"),
                card.containsKey("submittedAt") ? Instant.parse(card.getString("submittedAt")) : null);
    }

    private static <T> List<T> list(JsonObject card, String key, Function<String, T> reader) {
        return card.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).map(reader)
                .toList();
    }

    private static LocalDate date(JsonObject card, String key) {
        return card.containsKey(key) ? LocalDate.parse(card.getString(key)) : null;
    }

    private static JsonArrayBuilder names(Collection<? extends Enum<?>> values) {
        return strings(values.stream().map(Enum::name).toList());
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void optional(JsonObjectBuilder card, String key, Object value) {
        if (value != null) {
            card.add(key, value.toString());
        }
    }
}
