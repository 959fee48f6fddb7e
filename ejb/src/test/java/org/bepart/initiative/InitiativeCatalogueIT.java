package org.bepart.initiative;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.search.Facet;
import org.bepart.search.SearchRequest;
import org.bepart.search.SearchSort;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.text.Collator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue service on Payara Micro with the Flyway schema on H2 and the demo initiatives. Expected numbers are
 * computed from the demo file itself, independently of the service's queries. First of the classes sharing the
 * server (junit-platform.properties): the demo data as loaded, before other tests add to it.
 */
@Order(1)
@ExtendWith(ArquillianExtension.class)
public class InitiativeCatalogueIT {

    private static final Set<String> PUBLIC = Set.of("SUBMITTED", "UNDER_REVIEW", "VALIDATED");

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private TaxonomyService taxonomy;

    private static List<JsonObject> demo() {
        try (InputStream in = InitiativeCatalogueIT.class.getResourceAsStream("/org/bepart/demo/initiatives.json")) {
            JsonArray array = Json.createReader(in).readArray();
            return array.getValuesAs(JsonObject.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long expected(Predicate<JsonObject> filter) {
        return demo().stream().filter(o -> PUBLIC.contains(o.getString("status"))).filter(filter).count();
    }

    private static Set<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toSet());
    }

    private CataloguePage search(Map<Facet, Set<String>> filters, SearchSort sort, int page, int size,
                                 Language language) {
        return catalogue.search(new SearchRequest("", filters, sort, page, size), language);
    }

    @Test
    void onlyPublicInitiativesAreCountedAndListed() {
        long publicOnes = expected(o -> true);
        assertTrue(publicOnes >= 30, "the demo has at least 30 public initiatives");
        assertTrue(demo().size() > publicOnes, "the demo also has non-public ones");

        CatalogueOverview overview = catalogue.overview(6, Language.EN);
        assertEquals(publicOnes, overview.total());
        assertEquals(expected(o -> o.getString("status").equals("VALIDATED")),
                overview.byStatus().get(InitiativeStatus.VALIDATED));
        assertEquals(6, overview.latest().size());
        assertEquals(expected(o -> o.getString("country").equals("AM")), overview.byCountry().stream()
                .filter(c -> c.country() == MemberState.AM).findFirst().orElseThrow().count());

        CataloguePage all = search(Map.of(), null, 1, 100, Language.EN);
        assertEquals(publicOnes, all.total());
        assertTrue(all.items().stream().allMatch(c -> c.status().isPublic()));
    }

    @Test
    void hiddenInitiativesCannotBeOpenedById() {
        long found = 0;
        for (long id = 1; id <= demo().size() + 20; id++) {
            found += catalogue.find(id, Language.HY).isPresent() ? 1 : 0;
        }
        assertEquals(expected(o -> true), found);
    }

    @Test
    void filtersNarrowTheListLikeTheDemoFileSays() {
        assertEquals(expected(o -> o.getString("country").equals("AM")),
                search(Map.of(Facet.COUNTRY, Set.of("AM")), null, 1, 100, Language.HY).total());

        CataloguePage page = search(Map.of(Facet.LEVEL, Set.of("local"), Facet.STAGE, Set.of("drafting", "decision"),
                Facet.PARTICIPATION, Set.of("consultation"), Facet.THEME, Set.of("youth", "budget-finance")),
                null, 1, 100, Language.EN);
        assertEquals(expected(o -> o.getString("level").equals("LOCAL")
                && (strings(o, "stages").contains("DRAFTING") || strings(o, "stages").contains("DECISION"))
                && strings(o, "participation").contains("CONSULTATION")
                && (strings(o, "themes").contains("youth") || strings(o, "themes").contains("budget-finance"))),
                page.total());
        for (InitiativeCard card : page.items()) {
            assertEquals(GovernmentLevel.LOCAL, card.level());
            assertTrue(card.stages().contains(Stage.DRAFTING) || card.stages().contains(Stage.DECISION));
            assertTrue(card.participation().contains(ParticipationLevel.CONSULTATION));
            assertTrue(card.themes().stream().map(TermView::code).anyMatch(c -> c.equals("youth")
                    || c.equals("budget-finance")));
        }

        assertEquals(expected(o -> o.getString("status").equals("UNDER_REVIEW")),
                search(Map.of(Facet.STATUS, Set.of("under-review")), null, 1, 100, Language.EN).total());
        assertEquals(expected(o -> strings(o, "tools").contains("participatory-budgeting")),
                search(Map.of(Facet.TOOL, Set.of("participatory-budgeting")), null, 1, 100, Language.EN).total());
        assertEquals(0, search(Map.of(Facet.COUNTRY, Set.of("SM", "LI"), Facet.THEME, Set.of("no-such-theme")),
                null, 1, 20, Language.EN).total());
    }

    @Test
    void pagesAreNewestFirstAndBeyondTheLastPageEmpty() {
        long total = expected(o -> true);
        CataloguePage first = search(Map.of(), null, 1, 10, Language.EN);
        assertEquals((total + 9) / 10, first.totalPages());
        assertEquals(10, first.items().size());
        for (int k = 1; k < first.items().size(); k++) {
            assertFalse(first.items().get(k).submittedAt().isAfter(first.items().get(k - 1).submittedAt()));
        }
        CataloguePage last = search(Map.of(), null, first.totalPages(), 10, Language.EN);
        assertEquals(total - 10L * (first.totalPages() - 1), last.items().size());
        assertFalse(last.hasNext());
        CataloguePage beyond = search(Map.of(), null, first.totalPages() + 1, 10, Language.EN);
        assertTrue(beyond.items().isEmpty());
        assertEquals(total, beyond.total());
    }

    @Test
    void titlesSortInTheReadersLanguage() {
        List<String> titles = search(Map.of(), SearchSort.TITLE, 1, 100, Language.FR).items().stream()
                .map(InitiativeCard::title).toList();
        Collator french = Collator.getInstance(Language.FR.locale());
        assertEquals(titles.stream().sorted(french).toList(), titles);
    }

    @Test
    void readersGetTheirLanguageOrTheOriginalMarkedAsSuch() {
        CataloguePage page = search(Map.of(), null, 1, 100, Language.FR);
        for (InitiativeCard card : page.items()) {
            assertEquals(card.textLanguage() != Language.FR, card.fallback());
            InitiativeDetail detail = catalogue.find(card.id(), Language.FR).orElseThrow();
            assertTrue(detail.availableLanguages().contains(card.textLanguage()));
            assertEquals(card.title(), detail.text().getTitle());
        }
        assertTrue(page.items().stream().anyMatch(InitiativeCard::fallback));
        assertTrue(page.items().stream().anyMatch(c -> !c.fallback()));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(EJBException.class, () -> search(Map.of(), null, 0, 10, Language.EN));
        assertThrows(EJBException.class, () -> search(Map.of(), null, 1, 1000, Language.EN));
        assertThrows(EJBException.class, () -> catalogue.search(null, Language.EN));
    }

    @Test
    void theManagedListsAreSeededInFourLanguages() {
        List<TermView> themes = taxonomy.terms(TermKind.THEME, Language.HY);
        assertEquals(12, themes.size());
        assertEquals("Երիտասարդություն", themes.stream().filter(t -> t.code().equals("youth")).findFirst()
                .orElseThrow().name());
        assertEquals(12, taxonomy.terms(TermKind.TOOL, Language.RU).size());
        assertEquals(10, taxonomy.terms(TermKind.TARGET_GROUP, Language.FR).size());
    }
}
