package org.bepart.search;

import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Party;
import org.bepart.language.Language;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the index keeps of a public initiative, read inside a transaction.
 *
 * @param summaries its summary in each language it has, which the searched words are marked in
 * @param card what lists show of it, as {@link CardJson} writes it
 * @param likeText its title and summary in its original language, which related initiatives are found by
 * @param links    its replications with both ends public
 */
public record IndexedInitiative(long id, InitiativeStatus status, Language originalLanguage, Map<Language, String> texts,
                         Map<Language, String> titles, Map<Language, String> summaries, String places, Map<Facet, List<String>> facets,
                         Double latitude, Double longitude, Instant submittedAt, Instant updatedAt,
                         String card, String likeText, int replications, ReplicationLinks links) {

    static IndexedInitiative of(Initiative i, ReplicationLinks links) {
        InitiativeText original = i.textFor(i.getOriginalLanguage()).text();
        Map<Language, String> texts = new EnumMap<>(Language.class);
        Map<Language, String> titles = new EnumMap<>(Language.class);
        Map<Language, String> summaries = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            InitiativeText shown = i.textFor(language).text();
            titles.put(language, shown.getTitle());
            if (i.availableLanguages().contains(language)) {
                summaries.put(language, shown.getSummary());
                texts.put(language, String.join("\n", Stream.of(shown.getTitle(), shown.getSummary(),
                        shown.getDescription(), shown.getObjectives(), shown.getResults(), shown.getChallenges(),
                        shown.getLessons(), shown.getResources()).filter(t -> t != null).toList()));
            }
        }
        List<String> places = new ArrayList<>();
        Stream.of(i.getRegion(), i.getMunicipality(), name(i.getCivilSociety()), name(i.getPublicAuthority()))
                .filter(p -> p != null).forEach(places::add);

        Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
        facets.put(Facet.COUNTRY, List.of(i.getCountry().code()));
        facets.put(Facet.LEVEL, List.of(i.getGovernmentLevel().code()));
        facets.put(Facet.STAGE, i.getStages().stream().map(s -> s.code()).toList());
        facets.put(Facet.PARTICIPATION, i.getParticipationLevels().stream().map(p -> p.code()).toList());
        facets.put(Facet.THEME, codes(i, TermKind.THEME));
        facets.put(Facet.TOOL, codes(i, TermKind.TOOL));
        facets.put(Facet.TARGET, codes(i, TermKind.TARGET_GROUP));
        facets.put(Facet.STATUS, List.of(i.getStatus().code()));
        if (i.getReplicationCount() > 0) {
            facets.put(Facet.REPLICATED, List.of(Facet.REPLICATED_YES));
        }
        facets.put(Facet.AVAILABLE, i.availableLanguages().stream().map(Language::tag).toList());
        if (i.getSchedule().getStartDate() != null) {
            facets.put(Facet.YEAR, List.of(Integer.toString(i.getSchedule().getStartDate().getYear())));
        }
        return new IndexedInitiative(i.getId(), i.getStatus(), i.getOriginalLanguage(), texts, titles, summaries,
                String.join("\n", places), facets, i.getLocation().map(l -> l.getLatitude()).orElse(null),
                i.getLocation().map(l -> l.getLongitude()).orElse(null), i.getSubmittedAt(), i.getUpdatedAt(),
                CardJson.write(i), original.getTitle() + "\n" + original.getSummary(), i.getReplicationCount(),
                links);
    }

    private static List<String> codes(Initiative i, TermKind kind) {
        return i.termsOf(kind).stream().map(Term::getCode).toList();
    }

    private static String name(Party party) {
        return party == null ? null : party.getName();
    }
}
