package org.bepart.search;

import jakarta.ejb.EJB;
import org.bepart.country.MemberState;
import org.bepart.initiative.CataloguePage;
import org.bepart.initiative.InitiativeCard;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Multilingual full-text search and facets on Payara Micro, over the demo data and initiatives written here. */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private TestData data;

    @EJB
    private ChangeFollower follower;

    @EJB
    private SearchIndex index;

    private long hy;
    private long ru;
    private long fr;
    private long en;

    /** Written before each test and rejected after it, so the other tests of the catalogue never see them. */
    @BeforeEach
    void write() throws InterruptedException {
        IndexReady.await(index);
        hy = data.submit(Language.HY, "Կանաչ այգի Սևանում",
                "Երիտասարդների խորհուրդը քննարկեց այգու նախագիծը։",
                "Համայնքի բնակիչները մասնակցեցին քննարկումների։", MemberState.AM, Stage.DRAFTING);
        ru = data.submit(Language.RU, "Публичные слушания в Кишинёве",
                "Жители обсудили проект бюджета города.", "Молодёжи предложили отдельный формат.",
                MemberState.MD, Stage.DECISION);
        fr = data.submit(Language.FR, "Élaboration concertée du plan de sécurité",
                "La collectivité a associé les habitants à l'élaboration du plan.", "Ateliers et enquêtes.",
                MemberState.BE, Stage.DRAFTING);
        en = data.submit(Language.EN, "Zebrafish riverside co-design",
                "Participatory workshops redesigned the riverside path.", "Residents drew maps.",
                MemberState.IE, Stage.IMPLEMENTATION);
    }

    @AfterEach
    void hide() {
        for (long id : new long[] {hy, ru, fr, en}) {
            data.reject(id);
        }
    }

    /**
     * Waits until this server applied every change of the log. The follower reads an initiative again for each change
     * (its own server's too), and a read just before another transaction's commit can put back, for one round of
     * {@value ChangeFollower#PERIOD_MILLIS} ms, what that commit removed; the change that commit logged corrects it.
     */
    private void inStepWithTheChangeLog() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (follower.behind() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, follower.behind(), "the change log is applied within 30 s");
    }

    private List<Long> ids(String text) {
        return catalogue.search(new SearchRequest(text, Map.of(), null, 1, 100), Language.EN).items().stream()
                .map(InitiativeCard::id).toList();
    }

    @Test
    void anArmenianQueryFindsAnotherInflectedFormOfTheWord() {
        assertTrue(ids("երիտասարդներին").contains(hy), "երիտասարդներին → երիտասարդների");
        assertTrue(ids("համայնքներում").contains(hy), "համայնքներում → համայնքի");
    }

    @Test
    void aRussianQueryFindsAnotherInflectedFormAndIgnoresYo() {
        assertTrue(ids("бюджет").contains(ru), "бюджет → бюджета");
        assertTrue(ids("молодежь").contains(ru), "молодежь → молодёжи");
        assertTrue(ids("кишинев").contains(ru));
    }

    @Test
    void aFrenchQueryWithoutAccentsFindsAccentedText() {
        assertTrue(ids("elaboration securite").contains(fr));
        assertTrue(ids("collectivites").contains(fr), "plural and no accent");
        assertTrue(ids("ÉLABORATION").contains(fr), "case");
    }

    @Test
    void aMisspelledWordAndAnUnfinishedWordStillFind() {
        assertTrue(ids("zebrafsh").contains(en), "one letter missing");
        assertTrue(ids("particpatory").contains(en), "one typo");
        assertTrue(ids("zebraf").contains(en), "as one types");
        assertFalse(ids("zebrafishes riverside").isEmpty(), "stemmed");
    }

    @Test
    void everyWordMustMatch() {
        assertTrue(ids("riverside workshops").contains(en));
        assertFalse(ids("riverside бюджет").contains(en));
    }

    @Test
    void matchesAreHighlightedInTheSummaryAsSafeHtml() {
        CataloguePage page = catalogue.search(new SearchRequest("workshops", Map.of(), null, 1, 10), Language.EN);
        InitiativeCard card = page.items().stream().filter(c -> c.id() == en).findFirst().orElseThrow();
        assertNotNull(card.highlight());
        assertTrue(card.highlight().contains("<mark>workshops</mark>"), card.highlight());
        CataloguePage french = catalogue.search(new SearchRequest("habitant", Map.of(), null, 1, 10), Language.FR);
        String html = french.items().stream().filter(c -> c.id() == fr).findFirst().orElseThrow().highlight();
        assertTrue(html.contains("<mark>habitants</mark>") && html.contains("l&#39;"), html);
        // read in English, the French initiative shows (and marks) its French summary
        InitiativeCard fallback = catalogue.search(new SearchRequest("habitant", Map.of(), null, 1, 10), Language.EN)
                .items().stream().filter(c -> c.id() == fr).findFirst().orElseThrow();
        assertEquals(Language.FR, fallback.textLanguage());
        assertEquals(html, fallback.highlight());
        CataloguePage noWords = catalogue.search(new SearchRequest("", Map.of(), null, 1, 10), Language.EN);
        assertTrue(noWords.items().stream().allMatch(c -> c.highlight() == null), "nothing marked without words");
    }

    @Test
    void hostileQueriesAreSearchedNeverAnError() {
        for (String query : List.of("\"", "+", "-", ":", "*", "(", ")))", "[budget", "budget]", "a:b:c", "\\",
                "AND OR NOT", "*:*", "~1", "^2", "/regex/", "{!lucene}", "%00", "<script>alert(1)</script>",
                "' OR 1=1 --", "€∑😀", "a".repeat(5000), "x ".repeat(500))) {
            CataloguePage page = catalogue.search(new SearchRequest(query, Map.of(), null, 1, 20), Language.EN);
            // query syntax is no syntax: the same answer as the words alone (letters, digits and emoji, which the
            // analyzer keeps as words), every other character a space
            String words = query.replaceAll("[^\\p{L}\\p{N}\\p{So}]+", " ").strip();
            CataloguePage plain = catalogue.search(new SearchRequest(words, Map.of(), null, 1, 20), Language.EN);
            assertEquals(plain.total(), page.total(), query);
            if (!words.isEmpty()) { // without words, the order is by relevance, not by date as for an empty query
                assertEquals(plain.items().stream().map(InitiativeCard::id).toList(),
                        page.items().stream().map(InitiativeCard::id).toList(), query);
            }
            assertEquals(Math.min(20, page.total()), page.items().size(), query);
        }
    }

    @Test
    void facetCountsEqualTheDatabasesCountsForTheSameFilters() throws InterruptedException {
        inStepWithTheChangeLog();
        CataloguePage atDecision = catalogue.search(new SearchRequest("", Map.of(Facet.STAGE, Set.of("decision")),
                null, 1, 20), Language.EN);
        assertEquals(data.countPublic(Stage.DECISION), atDecision.total());
        Map<String, Long> countries = new HashMap<>();
        atDecision.counts(Facet.COUNTRY).forEach(c -> countries.put(c.value(), c.count()));
        assertEquals(data.countriesAt(Stage.DECISION), countries);

        // a facet's own counts ignore its own choice, so other stages stay visible with their numbers
        CataloguePage armenia = catalogue.search(new SearchRequest("", Map.of(Facet.COUNTRY, Set.of("AM"),
                Facet.STAGE, Set.of("decision")), null, 1, 20), Language.EN);
        Map<String, Long> stages = new HashMap<>();
        armenia.counts(Facet.STAGE).forEach(c -> stages.put(c.value(), c.count()));
        assertEquals(data.stagesIn(MemberState.AM), stages);
    }

    @Test
    void suggestionsOfferTitlesWhileTyping() {
        List<Suggestion> suggestions = catalogue.suggest("zebraf", 8, Language.EN);
        assertEquals("Zebrafish riverside co-design", suggestions.get(0).title());
        assertTrue(catalogue.suggest("", 8, Language.EN).isEmpty());
        assertEquals(Math.min(8, catalogue.countPublic()), catalogue.suggest("((((", 8, Language.EN).size(),
                "no words: any titles, as many as asked for");
    }

    @Test
    void onlyLocatedInitiativesAreMapped() {
        List<MapPoint> points = catalogue.points(new SearchRequest("", Map.of(Facet.COUNTRY, Set.of("AM")), null, 1,
                20), Language.HY);
        long armenian = catalogue.search(new SearchRequest("", Map.of(Facet.COUNTRY, Set.of("AM")), null, 1, 20),
                Language.HY).total();
        assertEquals(armenian - 1, points.size(), "all Armenian demo initiatives are located, the one written here is not");
        assertTrue(points.stream().allMatch(p -> p.latitude() > 38 && p.latitude() < 42 && p.longitude() > 43
                && p.longitude() < 47));
    }

    @Test
    void theIndexFollowsChangesOnceCommitted() {
        long id = data.submit(Language.EN, "Quokka assembly", "A short-lived test initiative.", null,
                MemberState.MT, Stage.MONITORING);
        assertEquals(List.of(id), ids("quokka"));
        data.reject(id);
        assertEquals(List.of(), ids("quokka"));
    }

    @Test
    void theOverviewOfEverythingFollowsChangesThoughItIsKeptBetweenChanges() {
        var before = catalogue.overview(6, Language.EN);
        assertEquals(before.latest(), catalogue.overview(6, Language.EN).latest(), "the same while nothing changes");
        long id = data.submit(Language.EN, "Wombat assembly", "Another short-lived test initiative.", null,
                MemberState.LU, Stage.MONITORING);
        var after = catalogue.overview(6, Language.EN);
        assertEquals(id, after.latest().get(0).id(), "the newest comes first at once");
        assertEquals(before.byCountry().stream().mapToLong(c -> c.count()).sum() + 1,
                after.byCountry().stream().mapToLong(c -> c.count()).sum());
        data.reject(id);
        assertEquals(before.latest(), catalogue.overview(6, Language.EN).latest(), "and leaves once rejected");
    }

    private List<Long> related(long id) {
        return catalogue.related(catalogue.find(id, Language.EN).orElseThrow(), 4, Language.EN).stream()
                .map(InitiativeCard::id).toList();
    }

    @Test
    void relatedInitiativesShareDistinctiveWordsAndNeverListThemselvesNorHiddenOnes() {
        long alike = data.submit(Language.EN, "Zebrafish riverside walks in Galway",
                "Workshops with residents redesigned the riverside path where zebrafish are watched.", null,
                MemberState.IE, Stage.DRAFTING);
        List<Long> related = related(en);
        assertEquals(alike, related.get(0), "the most alike first: " + related);
        assertFalse(related.contains(en), "never itself");
        assertTrue(related.size() <= 4);
        data.reject(alike);
        assertFalse(related(en).contains(alike), "no longer public");
    }

    @Test
    void aNewInitiativeJoinsTheRelatedListsOfThoseItResembles() {
        assertFalse(related(fr).isEmpty());
        long alike = data.submit(Language.FR, "Plan de sécurité élaboré avec les habitants de Namur",
                "La collectivité a associé les habitants à l'élaboration concertée du plan de sécurité.", null,
                MemberState.BE, Stage.DRAFTING);
        assertEquals(alike, related(fr).get(0), "its list was worked out again once the new one was indexed");
        data.reject(alike);
    }
}
