package org.bepart.history;

import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.review.ReviewTestData;
import org.bepart.shared.NotFoundException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Versions of published initiatives and their differences, on Payara Micro with the Flyway schema on H2. */
@ExtendWith(ArquillianExtension.class)
class VersionServiceIT {

    @EJB
    private VersionService versions;

    @EJB
    private ReviewTestData data;

    private long contributor;
    private long organisation;
    private final List<Long> written = new ArrayList<>();

    @BeforeEach
    void accounts() {
        contributor = data.account("Vera Version");
        organisation = data.organisation(contributor);
    }

    @AfterEach
    void hide() {
        written.forEach(data::hide);
    }

    @Test
    void editsOfAPublicInitiativeKeepVersionsAndTheDiffShowsTheChangedWords() {
        long id = data.submitted(organisation, contributor, "Riverside path", "Residents chose three projects.");
        written.add(id);
        assertEquals(List.of(1), numbers(id), "published: the first version");
        assertTrue(versions.compare(id, null, null).isEmpty(), "nothing to compare yet");

        data.editDescription(id, contributor, "Residents and pupils chose five projects.");
        data.saveUnchanged(id, contributor);
        assertEquals(List.of(2, 1), numbers(id), "a save without changes keeps no version");
        VersionRow latest = versions.versions(id, 1).rows().get(0);
        assertEquals("Vera Version", latest.authorName());

        Comparison comparison = versions.compare(id, null, null).orElseThrow();
        assertEquals(1, comparison.from().number());
        assertEquals(2, comparison.to().number());
        assertEquals(1, comparison.fields().size(), "only the description changed");
        FieldDiff description = comparison.fields().get(0);
        assertEquals("description", description.name());
        assertEquals(org.bepart.language.Language.EN, description.language());
        assertEquals(List.of(new Segment(Change.SAME, "Residents "), new Segment(Change.ADDED, "and pupils "),
                new Segment(Change.SAME, "chose "), new Segment(Change.REMOVED, "three"),
                new Segment(Change.ADDED, "five"), new Segment(Change.SAME, " projects.")),
                description.segments());

        data.editDescription(id, contributor, "Residents and pupils chose five projects by vote.");
        Comparison firstToLast = versions.compare(id, 1, 3).orElseThrow();
        assertTrue(firstToLast.fields().get(0).segments().contains(new Segment(Change.ADDED, " by vote")),
                firstToLast.fields().toString());
        Comparison backwards = versions.compare(id, 3, 1).orElseThrow();
        assertTrue(backwards.fields().get(0).segments().contains(new Segment(Change.REMOVED, "five")));
        assertThrows(NotFoundException.class, () -> versions.compare(id, 1, 9));
    }

    @Test
    void draftsKeepNoVersionsAndHiddenInitiativesHaveNoPublicHistory() {
        long draft = data.draft(organisation, contributor, "Unpublished", "First words.");
        data.editDescription(draft, contributor, "Other words.");
        assertThrows(NotFoundException.class, () -> versions.versions(draft, 1));

        long rejected = data.submitted(organisation, contributor, "Soon hidden", "Text.");
        data.hide(rejected);
        assertThrows(NotFoundException.class, () -> versions.versions(rejected, 1));
        assertThrows(NotFoundException.class, () -> versions.compare(rejected, null, null));
    }

    @Test
    void anInitiativePublishedBeforeTheHistoryGetsItsFirstVersionWhenItMovesOn() {
        long administrator = data.account("Ada Admin", Role.ADMINISTRATOR);
        long id = data.underReview(organisation, contributor, administrator, "Moves on");
        written.add(id);
        assertEquals(List.of(1), numbers(id), "submitting kept one; forwarding changed nothing");
        assertFalse(versions.versions(id, 1).rows().isEmpty());
    }

    @Test
    void aComparisonIsWorkedOutOnceAndTheVersionsComeAPageAtATime() {
        long id = data.submitted(organisation, contributor, "Many edits", "Edit 0.");
        written.add(id);
        int edits = VersionService.PAGE_SIZE + 2;
        for (int i = 1; i < edits; i++) {
            data.editDescription(id, contributor, "Edit " + i + ".");
        }
        VersionService.VersionPage first = versions.versions(id, 1);
        assertEquals(edits, first.total());
        assertEquals(2, first.pages());
        assertEquals(VersionService.PAGE_SIZE, first.rows().size());
        assertEquals(edits, first.rows().get(0).number(), "the latest first");
        VersionService.VersionPage second = versions.versions(id, 2);
        assertEquals(List.of(2, 1), second.rows().stream().map(VersionRow::number).toList());
        assertThrows(NotFoundException.class, () -> versions.versions(id, 3));
        assertThrows(NotFoundException.class, () -> versions.versions(id, 0));

        Comparison worked = versions.compare(id, 1, 2).orElseThrow();
        javax.cache.Cache<String, Comparison> cache = caches.get(VersionService.COMPARISONS,
                VersionService.COMPARISON_SECONDS);
        assertEquals(worked, cache.get(id + ":1:2"), "kept in the data grid");
        Comparison planted = new Comparison(worked.from(), worked.to(), List.of());
        cache.put(id + ":1:2", planted);
        assertEquals(planted, versions.compare(id, 1, 2).orElseThrow(), "asked again: read, not worked out");
    }

    @jakarta.inject.Inject
    private org.bepart.platform.SharedCaches caches;

    private List<Integer> numbers(long id) {
        return versions.versions(id, 1).rows().stream().map(VersionRow::number).toList();
    }
}
