package org.bepart.exchange;

import jakarta.ejb.EJB;
import org.bepart.initiative.CataloguePage;
import org.bepart.initiative.InitiativeCard;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeDetail;
import org.bepart.initiative.Peers;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.organisation.OrganisationKind;
import org.bepart.search.Facet;
import org.bepart.search.ReplicationLinks;
import org.bepart.search.SearchIndex;
import org.bepart.search.SearchRequest;
import org.bepart.search.SearchSort;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.SqlStatements;
import org.bepart.submission.FormsAccess;
import org.bepart.submission.SubmissionService;
import org.bepart.submission.SubmissionTestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Useful" marks and replications between initiatives of two organisations, on Payara Micro. */
@ExtendWith(ArquillianExtension.class)
public class ExchangeServiceIT {

    @EJB
    private ExchangeService exchange;

    @EJB
    private SubmissionService submissions;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private SubmissionTestData data;

    @EJB
    private SearchIndex index;

    @EJB
    private org.bepart.review.ReviewService reviews;

    @EJB
    private org.bepart.taxonomy.TaxonomyService taxonomy;

    /** The index rebuilt at start-up publishes its updates only at its end: the assertions read it afterwards. */
    @BeforeEach
    void indexReady() throws InterruptedException {
        org.bepart.search.IndexReady.await(index);
    }

    /** An initiative of a new organisation of {@code member}, submitted (public) or a draft. */
    private long initiative(long member, String title, boolean submit) {
        long organisation = data.organisation(member, OrganisationKind.CIVIL_SOCIETY);
        SubmissionService.Saved s = submissions.create(member, organisation, FormsAccess.basics(title));
        s = submissions.savePlace(member, s.id(), s.version(), FormsAccess.place());
        s = submissions.saveProcess(member, s.id(), s.version(), FormsAccess.process());
        s = submissions.saveResults(member, s.id(), s.version(), FormsAccess.results());
        if (submit) {
            lifecycle.submit(member, s.id(), s.version());
        }
        return s.id();
    }

    private CataloguePage replicated(SearchSort sort) {
        return catalogue.search(new SearchRequest("", Map.of(Facet.REPLICATED, Set.of(Facet.REPLICATED_YES)), sort,
                1, 100), Language.EN);
    }

    private static List<Long> ids(List<InitiativeCard> cards) {
        return cards.stream().map(InitiativeCard::id).toList();
    }

    @Test
    void anOrganisationLinksItsInitiativeAsAReplicationAndBothSidesShowIt() {
        long first = data.account();
        long original = initiative(first, "Youth budget hearings", true);
        long second = data.account();
        long copy = initiative(second, "Our youth budget hearings", true);
        long draft = initiative(second, "Unfinished idea", false);

        List<ReplicableInitiative> offered = exchange.replicable(second, original, Language.EN);
        assertEquals(List.of(copy), offered.stream().map(ReplicableInitiative::id).toList(),
                "only the person's public initiatives");
        assertTrue(exchange.replicable(first, original, Language.EN).isEmpty(), "not the original itself");

        exchange.link(second, copy, original, "  We held the hearings in schools instead of the town hall.  ");

        SqlStatements.reset();
        InitiativeDetail shown = catalogue.find(original, Language.EN).orElseThrow();
        int statements = SqlStatements.count();
        assertTrue(statements <= 6, "the public page reads " + statements + " statements; PublicPagesIT allows 6");
        assertEquals(List.of(new ReplicationLinks.Link(copy,
                "We held the hearings in schools instead of the town hall.")), shown.exchange().replicatedIn());
        assertEquals(1, shown.card().replications());
        assertEquals(List.of(original), catalogue.details(List.of(copy), Language.EN).get(0).exchange().inspiredBy()
                .stream().map(ReplicationLinks.Link::id).toList(), "as the API reads it");
        InitiativeDetail replicating = catalogue.find(copy, Language.EN).orElseThrow();
        assertEquals(List.of(original), replicating.exchange().inspiredBy().stream().map(ReplicationLinks.Link::id)
                .toList(), "in the index");
        assertEquals(List.of(new ReplicationLinks.Link(copy,
                        "We held the hearings in schools instead of the town hall.")),
                catalogue.details(List.of(original), Language.EN).get(0).exchange().replicatedIn(),
                "the API and exports read the same from the index");

        Peers peers = catalogue.peers(shown, Language.EN);
        assertEquals("Our youth budget hearings", peers.replicatedIn().get(0).card().title());
        Peers back = catalogue.peers(replicating, Language.EN);
        assertEquals("Youth budget hearings", back.inspiredBy().get(0).card().title());

        CataloguePage filtered = replicated(null);
        assertTrue(ids(filtered.items()).contains(original), "the filter finds the original");
        assertFalse(ids(filtered.items()).contains(copy), "not the replication");
        assertEquals(filtered.total(), filtered.count(Facet.REPLICATED, Facet.REPLICATED_YES));
        CataloguePage sorted = catalogue.search(new SearchRequest("", Map.of(), SearchSort.REPLICATIONS, 1, 5),
                Language.EN);
        assertTrue(sorted.items().get(0).replications() > 0, "most replicated first, not newest first");
        assertTrue(exchange.replicable(second, original, Language.EN).isEmpty(), "linked once");

        assertThrows(ExchangeException.class, () -> exchange.link(second, copy, original, "Once more, again."));
        assertThrows(ExchangeException.class, () -> exchange.link(first, original, copy, "And the other way."));
        assertThrows(ExchangeException.class, () -> exchange.link(second, draft, original, "A draft is not public."));
        assertThrows(AccessDeniedException.class, () -> exchange.link(first, copy, original, "Not my initiative."),
                "only the replicating initiative's organisations link it");
        assertFalse(exchange.mayUnlink(first, copy));
        assertTrue(exchange.mayUnlink(second, copy));

        exchange.unlink(second, copy, original);
        assertTrue(catalogue.find(original, Language.EN).orElseThrow().exchange().replicatedIn().isEmpty());
        assertEquals(0, catalogue.find(original, Language.EN).orElseThrow().card().replications());
        assertFalse(ids(replicated(null).items()).contains(original), "the filter follows");
    }

    @Test
    void badTextIsRefusedWithItsOwnMessage() {
        long first = data.account();
        long original = initiative(first, "Open council sessions", true);
        long second = data.account();
        long copy = initiative(second, "Open sessions too", true);
        assertEquals("exchange.error.adaptationLength", assertThrows(ExchangeException.class,
                () -> exchange.link(second, copy, original, "short")).getMessageKey());
        assertEquals("exchange.error.adaptationLength", assertThrows(ExchangeException.class,
                () -> exchange.link(second, copy, original, "x".repeat(501))).getMessageKey());
        assertEquals("exchange.error.adaptationControl", assertThrows(ExchangeException.class,
                () -> exchange.link(second, copy, original, "We adapted\u0000 the agenda.")).getMessageKey());
        assertEquals("exchange.error.itself", assertThrows(ExchangeException.class,
                () -> exchange.link(second, copy, copy, "Inspired by ourselves.")).getMessageKey());
        exchange.link(second, copy, original, "<script>alert(1)</script> stays plain text");
        assertEquals("<script>alert(1)</script> stays plain text",
                catalogue.find(copy, Language.EN).orElseThrow().exchange().inspiredBy().get(0).adaptation(),
                "stored as typed: pages escape it");
    }

    @Test
    void eachAccountMarksAnInitiativeUsefulOnce() {
        long owner = data.account();
        long initiative = initiative(owner, "Citizens' panel", true);
        long draft = initiative(owner, "Panel draft", false);
        long reader = data.account();
        long another = data.account();

        assertEquals(1, exchange.markUseful(reader, initiative, true));
        assertEquals(1, exchange.markUseful(reader, initiative, true), "once per account");
        assertTrue(exchange.isMarkedUseful(reader, initiative));
        assertEquals(2, exchange.markUseful(another, initiative, true));
        assertEquals(2, catalogue.find(initiative, Language.EN).orElseThrow().exchange().usefulCount());
        assertEquals(1, exchange.markUseful(reader, initiative, false));
        assertFalse(exchange.isMarkedUseful(reader, initiative));
        assertFalse(exchange.isMarkedUseful(null, initiative), "a visitor has no mark");
        assertEquals(1, catalogue.find(initiative, Language.EN).orElseThrow().exchange().usefulCount());
        assertThrows(ExchangeException.class, () -> exchange.markUseful(reader, draft, true), "drafts are private");
        assertThrows(AccessDeniedException.class, () -> exchange.markUseful(987_654_321L, initiative, true),
                "an unknown account");
    }

    @Test
    void aReplicationThatLeavesThePublicOnesLeavesTheOriginalsCount() {
        long first = data.account();
        long original = initiative(first, "Neighbourhood assemblies", true);
        long second = data.account();
        long copy = initiative(second, "Our neighbourhood assemblies", true);
        exchange.link(second, copy, original, "Assemblies in the evening, with childcare.");
        assertEquals(1, catalogue.find(original, Language.EN).orElseThrow().card().replications());

        long administrator = data.account(org.bepart.account.Role.ADMINISTRATOR);
        lifecycle.forward(administrator, copy, data.version(copy), null);
        long reviewer = data.account(org.bepart.account.Role.REVIEWER);
        reviews.decide(reviewer, copy, data.version(copy), org.bepart.initiative.InitiativeStatus.REJECTED,
                "Not a participation process.", taxonomy.terms(org.bepart.taxonomy.TermKind.PRINCIPLE, Language.EN)
                        .stream().map(p -> new org.bepart.review.Assessment(p.code(),
                                org.bepart.review.Rating.NOT_MET, null)).toList());

        InitiativeDetail shown = catalogue.find(original, Language.EN).orElseThrow();
        assertEquals(0, shown.card().replications(), "the card counts public replications only");
        assertTrue(shown.exchange().replicatedIn().isEmpty(), "nor lists the rejected one");
        assertFalse(ids(replicated(null).items()).contains(original), "the filter follows");
    }
}
