package org.bepart.search;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObjectBuilder;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeText;
import org.bepart.language.Language;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;

import java.util.Collection;
import java.util.List;

/**
 * What a card shows, in every language the initiative has, as the JSON the search index stores: lists, the map
 * and related initiatives are then drawn without reading the database ({@code org.bepart.initiative.CardReader}
 * reads it).
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
            // the slug with the title: a list of cards would otherwise work out twenty per page
            texts.add(language.tag(), JSON.createObjectBuilder().add("title", text.getTitle())
                    .add("slug", Initiative.slug(text.getTitle())).add("summary", text.getSummary()));
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
                .add("ongoing", i.getSchedule().isOngoing())
                .add("replications", i.getReplicationCount());
        optional(card, "region", i.getRegion());
        optional(card, "municipality", i.getMunicipality());
        optional(card, "startDate", i.getSchedule().getStartDate());
        optional(card, "endDate", i.getSchedule().getEndDate());
        optional(card, "submittedAt", i.getSubmittedAt());
        return card.build().toString();
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
