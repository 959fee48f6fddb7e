package org.bepart.initiative;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue service on Payara Micro with the Flyway schema on H2 and the demo initiatives. Expected numbers are
 * computed from the demo file itself, independently of the service's queries.
 */
@ExtendWith(ArquillianExtension.class)
class InitiativeCatalogueIT {

    private static final Set<String> PUBLIC = Set.of("SUBMITTED", "UNDER_REVIEW", "VALIDATED");

    @Deployment
    static WebArchive deployment() {
        File[] libs = new File(System.getProperty("bepart.testLibs")).listFiles((dir, name) -> name.endsWith(".jar"));
        File[] ejbJar = new File("target").listFiles((dir, name) -> name.matches("bepart-ejb-.*\\.jar"));
        return ShrinkWrap.create(WebArchive.class, "bepart-services-test.war")
                .addAsLibraries(Objects.requireNonNull(libs))
                .addAsLibraries(Objects.requireNonNull(ejbJar))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

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

        CataloguePage all = catalogue.search(CatalogueFilter.none(), 1, 100, Language.EN);
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
        CatalogueFilter armenia = new CatalogueFilter(Set.of(MemberState.AM), Set.of(), Set.of(), Set.of(), Set.of());
        assertEquals(expected(o -> o.getString("country").equals("AM")),
                catalogue.search(armenia, 1, 100, Language.HY).total());

        CatalogueFilter combined = new CatalogueFilter(Set.of(), Set.of(GovernmentLevel.LOCAL),
                Set.of(Stage.DRAFTING, Stage.DECISION), Set.of(ParticipationLevel.CONSULTATION),
                Set.of("youth", "budget-finance"));
        CataloguePage page = catalogue.search(combined, 1, 100, Language.EN);
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

        CatalogueFilter nowhere = new CatalogueFilter(Set.of(MemberState.SM, MemberState.LI), Set.of(), Set.of(),
                Set.of(), Set.of("no-such-theme"));
        assertEquals(0, catalogue.search(nowhere, 1, 20, Language.EN).total());
    }

    @Test
    void pagesAreNewestFirstAndBeyondTheLastPageEmpty() {
        long total = expected(o -> true);
        CataloguePage first = catalogue.search(CatalogueFilter.none(), 1, 10, Language.EN);
        assertEquals((total + 9) / 10, first.totalPages());
        assertEquals(10, first.items().size());
        for (int k = 1; k < first.items().size(); k++) {
            assertFalse(first.items().get(k).submittedAt().isAfter(first.items().get(k - 1).submittedAt()));
        }
        CataloguePage last = catalogue.search(CatalogueFilter.none(), first.totalPages(), 10, Language.EN);
        assertEquals(total - 10L * (first.totalPages() - 1), last.items().size());
        assertFalse(last.hasNext());
        CataloguePage beyond = catalogue.search(CatalogueFilter.none(), first.totalPages() + 1, 10, Language.EN);
        assertTrue(beyond.items().isEmpty());
        assertEquals(total, beyond.total());
    }

    @Test
    void readersGetTheirLanguageOrTheOriginalMarkedAsSuch() {
        CataloguePage page = catalogue.search(CatalogueFilter.none(), 1, 100, Language.FR);
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
    void badArgumentsAreRefusedByValidation() {
        assertThrows(EJBException.class, () -> catalogue.search(CatalogueFilter.none(), 0, 10, Language.EN));
        assertThrows(EJBException.class, () -> catalogue.search(CatalogueFilter.none(), 1, 1000, Language.EN));
        assertThrows(EJBException.class, () -> catalogue.search(null, 1, 10, Language.EN));
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
