package org.bepart.initiative;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.taxonomy.TermView;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the cards that the search index stores, as {@code org.bepart.search.CardJson} writes them. */
final class CardReader {

    /** Looked up once: {@code Json.create…} searches the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private CardReader() {
    }

    /** The card in the reader's language, or the original's; theme names come from {@code themes} by code. */
    static InitiativeCard read(long id, String json, Language language, Map<String, TermView> themes) {
        JsonObject card;
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            card = reader.readObject();
        }
        Language original = Language.fromTag(card.getString("original")).orElseThrow();
        JsonObject texts = card.getJsonObject("texts");
        Language shown = texts.containsKey(language.tag()) ? language : original;
        JsonObject text = texts.getJsonObject(shown.tag());
        String title = text.getString("title");
        // cards indexed before the slug was kept with them have none
        String slug = text.containsKey("slug") ? text.getString("slug") : Initiative.slug(title);
        return new InitiativeCard(id, slug, title,
                text.getString("summary"), null, shown, shown != language,
                MemberState.valueOf(card.getString("country")), card.getString("region", null),
                card.getString("municipality", null), GovernmentLevel.valueOf(card.getString("level")),
                InitiativeStatus.valueOf(card.getString("status")),
                list(card, "stages", Stage::valueOf), list(card, "participation", ParticipationLevel::valueOf),
                list(card, "themes", code -> themes.get(code)).stream().filter(t -> t != null).toList(),
                date(card, "startDate"), date(card, "endDate"), card.getBoolean("ongoing"),
                card.containsKey("submittedAt") ? Instant.parse(card.getString("submittedAt")) : null,
                card.getInt("replications", 0));
    }

    private static <T> List<T> list(JsonObject card, String key, Function<String, T> reader) {
        return card.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).map(reader)
                .toList();
    }

    private static LocalDate date(JsonObject card, String key) {
        return card.containsKey(key) ? LocalDate.parse(card.getString(key)) : null;
    }
}
