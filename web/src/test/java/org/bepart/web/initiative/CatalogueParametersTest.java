package org.bepart.web.initiative;

import org.bepart.search.Facet;
import org.bepart.search.SearchRequest;
import org.bepart.search.SearchSort;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueParametersTest {

    private static final Map<Facet, Set<String>> TERMS = Map.of(Facet.THEME, Set.of("youth", "budget-finance"),
            Facet.TOOL, Set.of("survey"), Facet.TARGET, Set.of("women"));

    private static CatalogueParameters.Parsed parse(String... pairs) {
        Map<String, List<String>> values = new HashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            values.computeIfAbsent(pairs[k], x -> new ArrayList<>()).add(pairs[k + 1]);
        }
        Map<String, String[]> parameters = new HashMap<>();
        values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
        return CatalogueParameters.parse(parameters, TERMS, 20);
    }

    @Test
    void readsWordsEveryFacetSeveralValuesPerFacetAndTheOrder() {
        CatalogueParameters.Parsed parsed = parse("q", " youth council ", "country", "AM", "country", "fr",
                "level", "local", "stage", "drafting", "participation", "dialogue", "theme", "youth", "tool",
                "survey", "target", "women", "year", "2021", "status", "validated", "sort", "title", "page", "2",
                "lang", "hy");
        SearchRequest request = parsed.request();
        assertEquals("youth council", request.text());
        assertEquals(Set.of("AM", "FR"), request.values(Facet.COUNTRY));
        assertEquals(Set.of("local"), request.values(Facet.LEVEL));
        assertEquals(Set.of("drafting"), request.values(Facet.STAGE));
        assertEquals(Set.of("dialogue"), request.values(Facet.PARTICIPATION));
        assertEquals(Set.of("youth"), request.values(Facet.THEME));
        assertEquals(Set.of("survey"), request.values(Facet.TOOL));
        assertEquals(Set.of("women"), request.values(Facet.TARGET));
        assertEquals(Set.of("2021"), request.values(Facet.YEAR));
        assertEquals(Set.of("validated"), request.values(Facet.STATUS));
        assertEquals(SearchSort.TITLE, request.sort());
        assertEquals(2, request.page());
        assertEquals(Optional.of(2), parsed.page());
        assertTrue(parsed.rejected().isEmpty());
    }

    @Test
    void unknownValuesAreSetAsideAndReported() {
        CatalogueParameters.Parsed parsed = parse("country", "XX", "country", "AM", "stage", "DRAFTING", "theme",
                "'; DROP TABLE initiative; --", "level", "x".repeat(5000), "status", "draft", "year", "12345",
                "sort", "random");
        assertEquals(Set.of("AM"), parsed.request().values(Facet.COUNTRY));
        assertTrue(parsed.request().values(Facet.STAGE).isEmpty());
        assertTrue(parsed.request().values(Facet.STATUS).isEmpty(), "drafts are never public");
        assertNull(parsed.request().sort());
        assertEquals(7, parsed.rejected().size());
        assertTrue(parsed.rejected().stream().allMatch(r -> r.value().length() <= 41));
    }

    @Test
    void anyTextIsAcceptedAndOverlongTextCut() {
        CatalogueParameters.Parsed parsed = parse("q", "\"+-:*(( [budget ]] AND OR ~ \\");
        assertEquals("\"+-:*(( [budget ]] AND OR ~ \\", parsed.request().text());
        assertEquals(SearchRequest.TEXT_MAX, parse("q", "a".repeat(5000)).request().text().length());
        assertTrue(parsed.rejected().isEmpty());
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
                "country", "AM", "stage", "drafting", "q", "budget & co", "sort", "newest");
        String query = CatalogueParameters.query(parsed.request(), 3);
        assertEquals("q=budget+%26+co&country=AM&country=FR&stage=drafting&stage=monitoring&theme=youth"
                + "&sort=newest&page=3", query);
        assertEquals("q=budget+%26+co&country=AM&stage=drafting&stage=monitoring&theme=youth&sort=newest",
                CatalogueParameters.query(CatalogueParameters.without(parsed.request(), Facet.COUNTRY, "FR"), 1));
        assertEquals("country=AM&country=FR&stage=drafting&stage=monitoring&theme=youth&sort=newest",
                CatalogueParameters.query(CatalogueParameters.withoutText(parsed.request()), 1));
    }

    @Test
    void tooManyValuesAreCut() {
        String[] many = new String[500];
        Arrays.fill(many, "AM");
        CatalogueParameters.Parsed parsed = CatalogueParameters.parse(Map.of("country", many), TERMS, 20);
        assertEquals(Set.of("AM"), parsed.request().values(Facet.COUNTRY));
        assertEquals(1, parsed.rejected().size());
    }
}
