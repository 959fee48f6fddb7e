package org.bepart.web.initiative;

import org.bepart.country.MemberState;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueParametersTest {

    private static final Set<String> THEMES = Set.of("youth", "budget-finance");

    private static CatalogueParameters.Parsed parse(String... pairs) {
        Map<String, List<String>> values = new HashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            values.computeIfAbsent(pairs[k], x -> new java.util.ArrayList<>()).add(pairs[k + 1]);
        }
        Map<String, String[]> parameters = new HashMap<>();
        values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
        return CatalogueParameters.parse(parameters, THEMES);
    }

    @Test
    void readsEveryFacetAndSeveralValuesPerFacet() {
        CatalogueParameters.Parsed parsed = parse("country", "AM", "country", "fr", "level", "local", "stage",
                "drafting", "participation", "dialogue", "theme", "youth", "page", "2", "lang", "hy");
        assertEquals(Set.of(MemberState.AM, MemberState.FR), parsed.filter().countries());
        assertEquals(Set.of(GovernmentLevel.LOCAL), parsed.filter().levels());
        assertEquals(Set.of(Stage.DRAFTING), parsed.filter().stages());
        assertEquals(Set.of(ParticipationLevel.DIALOGUE), parsed.filter().participation());
        assertEquals(Set.of("youth"), parsed.filter().themes());
        assertEquals(Optional.of(2), parsed.page());
        assertTrue(parsed.rejected().isEmpty());
    }

    @Test
    void unknownValuesAreSetAsideAndReported() {
        CatalogueParameters.Parsed parsed = parse("country", "XX", "country", "AM", "stage", "DRAFTING", "theme",
                "'; DROP TABLE initiative; --", "level", "x".repeat(5000));
        assertEquals(Set.of(MemberState.AM), parsed.filter().countries());
        assertTrue(parsed.filter().stages().isEmpty());
        assertEquals(4, parsed.rejected().size());
        assertTrue(parsed.rejected().stream().allMatch(r -> r.value().length() <= 41));
    }

    @Test
    void pagesOutOfRangeOrNotNumbersAreMissing() {
        assertEquals(Optional.of(1), parse().page());
        assertEquals(Optional.empty(), parse("page", "0").page());
        assertEquals(Optional.empty(), parse("page", "-3").page());
        assertEquals(Optional.empty(), parse("page", "abc").page());
        assertEquals(Optional.empty(), parse("page", "99999999999999999999").page());
        assertEquals(Optional.empty(), parse("page", "1", "page", "2").page());
    }

    @Test
    void queriesAreWrittenInAStableOrderAndRoundTrip() {
        CatalogueParameters.Parsed parsed = parse("theme", "youth", "stage", "monitoring", "country", "FR",
                "country", "AM", "stage", "drafting");
        String query = CatalogueParameters.query(parsed.filter(), 3);
        assertEquals("country=AM&country=FR&stage=drafting&stage=monitoring&theme=youth&page=3", query);
        assertEquals("country=AM&country=FR&stage=drafting&stage=monitoring&theme=youth",
                CatalogueParameters.query(parsed.filter(), 1));
        assertEquals("country=AM&stage=drafting&stage=monitoring&theme=youth",
                CatalogueParameters.queryWithout(parsed.filter(), "country", "FR"));
    }

    @Test
    void tooManyValuesAreCut() {
        String[] many = new String[500];
        java.util.Arrays.fill(many, "AM");
        CatalogueParameters.Parsed parsed = CatalogueParameters.parse(Map.of("country", many), THEMES);
        assertEquals(Set.of(MemberState.AM), parsed.filter().countries());
        assertEquals(1, parsed.rejected().size());
    }
}
