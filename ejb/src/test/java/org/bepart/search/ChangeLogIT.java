package org.bepart.search;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.bepart.country.MemberState;
import org.bepart.initiative.InitiativeCard;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.cluster.ContentChange;
import org.bepart.platform.PublicContent;
import org.bepart.platform.PublicPart;
import org.bepart.shared.BusinessException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The change log that keeps every server's index and page cache in step: changes logged by "another server" (rows
 * written without this server's own event) reach this server's index and page cache within two seconds.
 */
@ExtendWith(ArquillianExtension.class)
class ChangeLogIT {

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private TestData data;

    @Inject
    private PublicContent content;

    @EJB
    private SearchIndex index;

    @EJB
    private ChangeFollower follower;

    @EJB
    private org.bepart.news.NewsEditorService news;

    @BeforeEach
    void indexReady() throws InterruptedException {
        IndexReady.await(index);
    }

    private List<Long> ids(String text) {
        return catalogue.search(new SearchRequest(text, Map.of(), null, 1, 100), Language.EN).items().stream()
                .map(InitiativeCard::id).toList();
    }

    private static void within2Seconds(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not within 2 s");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aChangeMadeOnAnotherServerIsSearchableHereWithinTwoSecondsAndStalesCachedPages() throws Exception {
        long before = content.generation();
        long id = data.submitElsewhere(Language.EN, "Quokka lantern assembly", "Neighbours planned quokka lanterns.",
                MemberState.FI, Stage.DRAFTING);
        assertFalse(ids("quokka").contains(id), "this server's own event was not fired");
        within2Seconds(() -> ids("quokka").contains(id), "the change logged elsewhere");
        // the index is brought up to date before the page caches are told (else a page could be cached stale)
        within2Seconds(() -> content.generation() > before, "cached pages are stale");

        long beforeReject = content.generation();
        data.rejectElsewhere(id);
        within2Seconds(() -> !ids("quokka").contains(id), "the rejection logged elsewhere");
        within2Seconds(() -> content.generation() > beforeReject, "cached pages are stale again");
        within2Seconds(() -> follower.behind() == 0, "the follower in step");
        ChangeFollower.State state = follower.state();
        // below the highest change applied, only numbers not seen yet (a rolled-back transaction's) hold it back
        assertTrue(state.gaps() > 0 ? index.position() < state.high() : index.position() == state.high(),
                "the index records how far it applied the log: " + index.position() + " for " + state);
    }

    @Test
    void newsEventsAndContestsChangedOnAnotherServerStaleOnlyThePagesThatShowThem() throws Exception {
        Set<PublicPart> news = Set.of(PublicPart.NEWS);
        Set<PublicPart> contests = Set.of(PublicPart.CONTESTS);
        Set<PublicPart> initiatives = Set.of(PublicPart.INITIATIVES);
        long newsBefore = content.generation(news);
        long contestsBefore = content.generation(contests);
        long initiativesBefore = content.generation(initiatives);
        data.changeElsewhere(ContentChange.Kind.NEWS, 1);
        within2Seconds(() -> content.generation(news) > newsBefore, "news pages are stale");
        data.changeElsewhere(ContentChange.Kind.CONTEST, 1);
        within2Seconds(() -> content.generation(contests) > contestsBefore, "contest pages are stale");
        within2Seconds(() -> follower.behind() == 0, "the follower in step");
        assertEquals(initiativesBefore, content.generation(initiatives), "initiative pages are still good");
    }

    @Test
    void anEditorsChangeOfPublishedNewsIsLoggedForTheOtherServers() {
        long before = data.logged(ContentChange.Kind.NEWS);
        long generation = content.generation(Set.of(PublicPart.NEWS));
        long editor = data.editor();
        org.bepart.news.NewsForm form = new org.bepart.news.NewsForm(Language.EN);
        form.setCategory(org.bepart.news.NewsCategory.ANNOUNCEMENT);
        form.text(Language.EN).setTitle("Lantern festival in Gyumri");
        form.text(Language.EN).setBody("<p>Lanterns on the square.</p>");
        long id = news.create(editor, form);
        assertEquals(before, data.logged(ContentChange.Kind.NEWS), "a draft concerns no reader");
        news.publish(editor, id, news.load(editor, id).getVersion());
        assertEquals(before + 1, data.logged(ContentChange.Kind.NEWS), "published: logged once");
        assertTrue(content.generation(Set.of(PublicPart.NEWS)) > generation, "this server's news pages are stale");
    }

    @Test
    void aChangeIsLoggedOnlyWhenItsTransactionCommits() {
        long id = data.submit(Language.EN, "Wombat crossing consultation", "Residents mapped wombat crossings.",
                "Workshops.", MemberState.AT, Stage.DRAFTING);
        assertEquals(1, data.loggedChanges(id));
        assertThrows(BusinessException.class, () -> data.rejectThenFail(id));
        assertEquals(1, data.loggedChanges(id), "the rolled-back rejection left nothing in the log");
        assertTrue(ids("wombat").contains(id));
        data.reject(id);
        assertEquals(2, data.loggedChanges(id));
    }

    @Test
    void aRebuildAskedForOnAnotherServerRunsHereAndItsRelatedListsAreStoredForTheOthers() throws Exception {
        Instant before = index.rebuildProgress().lastCompleted();
        long announced = data.storedRelated()[1];
        data.rebuildElsewhere();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (index.rebuildProgress().lastCompleted() == null || index.rebuildProgress().lastCompleted().equals(before)
                || data.storedRelated()[1] == announced) {
            assertTrue(System.nanoTime() < deadline, "no rebuild with related lists stored within 60 s");
            Thread.sleep(100);
        }
        assertTrue(data.storedRelated()[0] > 0, "the lists are in the database");
    }

    @Test
    void relatedListsStoredByAnotherServerAreTakenHereWithinTwoSeconds() throws Exception {
        long pond = data.submit(Language.EN, "Platypus pond survey", "Residents surveyed the platypus pond.",
                "Walks.", MemberState.AT, Stage.DRAFTING);
        long hedge = data.submit(Language.EN, "Echidna hedge census", "Pupils counted echidnas in hedges.",
                "Counts.", MemberState.BE, Stage.DRAFTING);
        long burrow = data.submit(Language.EN, "Bilby burrow mapping", "Volunteers mapped bilby burrows.",
                "Maps.", MemberState.CY, Stage.DRAFTING);
        data.storeRelatedElsewhere(pond, burrow, hedge);
        within2Seconds(() -> index.related(pond, 8).stream().map(SearchHits.Hit::id).toList()
                .equals(List.of(burrow, hedge)), "the list stored elsewhere");
    }
}
