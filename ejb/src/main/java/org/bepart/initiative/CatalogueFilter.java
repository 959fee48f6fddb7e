package org.bepart.initiative;

import org.bepart.country.MemberState;

import java.util.Set;

/**
 * What a reader narrowed the catalogue to. Values within one facet are alternatives (any of them), facets combine
 * (all of them). An empty set does not filter.
 *
 * @param themes codes of theme terms
 */
public record CatalogueFilter(Set<MemberState> countries, Set<GovernmentLevel> levels, Set<Stage> stages,
                              Set<ParticipationLevel> participation, Set<String> themes) {

    public CatalogueFilter {
        countries = Set.copyOf(countries);
        levels = Set.copyOf(levels);
        stages = Set.copyOf(stages);
        participation = Set.copyOf(participation);
        themes = Set.copyOf(themes);
    }

    public static CatalogueFilter none() {
        return new CatalogueFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return countries.isEmpty() && levels.isEmpty() && stages.isEmpty() && participation.isEmpty()
                && themes.isEmpty();
    }
}
