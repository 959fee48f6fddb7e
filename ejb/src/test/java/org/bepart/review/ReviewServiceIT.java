package org.bepart.review;

import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.initiative.IllegalTransitionException;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.Transition;
import org.bepart.language.Language;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review back office and the lifecycle rules of decisions, on Payara Micro with the Flyway schema on H2. */
@ExtendWith(ArquillianExtension.class)
class ReviewServiceIT {

    @EJB
    private ReviewService reviews;

    @EJB
    private ReviewTestData data;

    @EJB
    private TaxonomyService taxonomy;

    private long contributor;
    private long reviewer;
    private long otherReviewer;
    private long administrator;
    private long organisation;
    private final List<Long> written = new ArrayList<>();

    @BeforeEach
    void accounts() {
        contributor = data.account("Carla Contributor");
        reviewer = data.account("Rita Reviewer", Role.REVIEWER);
        otherReviewer = data.account("Oskar Reviewer", Role.REVIEWER);
        administrator = data.account("Ada Administrator", Role.ADMINISTRATOR);
        organisation = data.organisation(contributor);
    }

    @AfterEach
    void hide() {
        written.forEach(data::hide);
    }

    private long underReview(String title) {
        long id = data.underReview(organisation, contributor, administrator, title);
        written.add(id);
        return id;
    }

    private long submitted(String title) {
        long id = data.submitted(organisation, contributor, title, "Workshops by the river.");
        written.add(id);
        return id;
    }

    /** Every principle rated. */
    private List<Assessment> checklist(Rating rating) {
        return taxonomy.terms(TermKind.PRINCIPLE, Language.EN).stream()
                .map(p -> new Assessment(p.code(), rating, "Note on " + p.code())).toList();
    }

    @Test
    void theQueueListsWhatIsToDoOldestFirstWithCountsPerStatus() {
        long first = submitted("Quokka riverside workshops");
        long second = underReview("Quokka school council");
        long validated = underReview("Quokka budget hearing");
        reviews.decide(reviewer, validated, data.version(validated), InitiativeStatus.VALIDATED, null,
                checklist(Rating.MET));

        Queue toDo = reviews.queue(reviewer, new QueueFilter(null, null, "quokka", 1, 20), Language.EN);
        assertEquals(List.of(first, second), toDo.rows().stream().map(QueueRow::id).toList());
        assertEquals(2, toDo.total());
        assertEquals(1, toDo.count(InitiativeStatus.SUBMITTED));
        assertEquals(1, toDo.count(InitiativeStatus.UNDER_REVIEW));
        assertEquals(1, toDo.count(InitiativeStatus.VALIDATED));
        QueueRow row = toDo.rows().get(0);
        assertEquals("Quokka riverside workshops", row.title());
        assertEquals(InitiativeStatus.SUBMITTED, row.status());
        assertEquals(Boolean.FALSE, row.partnerIn());
        assertTrue(row.civilSociety().startsWith("Riverside Friends"), row.civilSociety());

        Queue done = reviews.queue(reviewer, new QueueFilter(Set.of(InitiativeStatus.VALIDATED), null, "QUOKKA", 1,
                20), Language.EN);
        assertEquals(List.of(validated), done.rows().stream().map(QueueRow::id).toList());
        Queue byOrganisation = reviews.queue(reviewer, new QueueFilter(null, null, row.civilSociety(), 1, 1),
                Language.EN);
        assertEquals(List.of(first), byOrganisation.rows().stream().map(QueueRow::id).toList(), "page 1 of 2");
        assertEquals(2, byOrganisation.pages());
        assertEquals(0, reviews.queue(reviewer, new QueueFilter(null, org.bepart.country.MemberState.AM, "quokka",
                1, 20), Language.EN).total(), "the organisation is in Ireland");
        assertEquals(0, reviews.queue(reviewer, new QueueFilter(null, null, "quokka%", 1, 20), Language.EN).total(),
                "wildcards are plain characters");
    }

    @Test
    void contributorsAndVisitorsAreRefused() {
        long id = underReview("Refused decision");
        int version = data.version(id);
        assertThrows(AccessDeniedException.class, () -> reviews.decide(contributor, id, version,
                InitiativeStatus.VALIDATED, null, checklist(Rating.MET)));
        assertThrows(AccessDeniedException.class, () -> reviews.decide(null, id, version,
                InitiativeStatus.VALIDATED, null, checklist(Rating.MET)));
        assertThrows(AccessDeniedException.class, () -> reviews.queue(contributor, QueueFilter.toDo(20),
                Language.EN));
        assertThrows(AccessDeniedException.class, () -> reviews.sheet(null, id, Language.EN));
        assertThrows(AccessDeniedException.class, () -> reviews.forward(reviewer, submitted("Not forwarded"),
                1, null), "reviewers do not forward");
        assertThrows(AccessDeniedException.class, () -> reviews.forwardAll(reviewer, Map.of(id, version)));
        assertEquals(InitiativeStatus.UNDER_REVIEW, data.status(id));
        assertEquals(0, data.reviews(id));
    }

    @Test
    void decisionsOutsideTheReviewAreRefusedByTheService() {
        long draft = data.draft(organisation, contributor, "Still a draft", null);
        assertThrows(IllegalTransitionException.class, () -> reviews.decide(reviewer, draft, data.version(draft),
                InitiativeStatus.VALIDATED, null, checklist(Rating.MET)));

        long submitted = submitted("Not yet under review");
        assertThrows(IllegalTransitionException.class, () -> reviews.decide(reviewer, submitted,
                data.version(submitted), InitiativeStatus.REJECTED, "Too early", checklist(Rating.NOT_MET)),
                "the lifecycle allows it, the review does not: before review");
        assertThrows(IllegalTransitionException.class, () -> reviews.decide(reviewer, submitted,
                data.version(submitted), InitiativeStatus.VALIDATED, null, checklist(Rating.MET)));

        long rejected = underReview("Rejected then validated");
        reviews.decide(reviewer, rejected, data.version(rejected), InitiativeStatus.REJECTED,
                "Not an initiative of civil participation.", checklist(Rating.NOT_MET));
        assertThrows(IllegalTransitionException.class, () -> reviews.decide(otherReviewer, rejected,
                data.version(rejected), InitiativeStatus.VALIDATED, null, checklist(Rating.MET)));
        assertThrows(IllegalTransitionException.class, () -> reviews.decide(reviewer, rejected, data.version(rejected),
                InitiativeStatus.SUBMITTED, "not a decision", checklist(Rating.MET)));

        assertEquals(InitiativeStatus.DRAFT, data.status(draft));
        assertEquals(InitiativeStatus.SUBMITTED, data.status(submitted));
        assertEquals(InitiativeStatus.REJECTED, data.status(rejected));
        assertEquals(0, data.reviews(submitted));
        assertEquals(1, data.reviews(rejected));
    }

    @Test
    void aValidatedInitiativeMayLaterBeSentBackForChanges() {
        long id = underReview("Corrected later");
        reviews.decide(reviewer, id, data.version(id), InitiativeStatus.VALIDATED, null, checklist(Rating.MET));
        assertEquals(Set.of(InitiativeStatus.CHANGES_REQUESTED), reviews.sheet(reviewer, id, Language.EN)
                .decisions());
        assertThrows(IllegalTransitionException.class, () -> reviews.decide(reviewer, id, data.version(id),
                InitiativeStatus.REJECTED, "Too late", checklist(Rating.NOT_MET)));
        reviews.decide(otherReviewer, id, data.version(id), InitiativeStatus.CHANGES_REQUESTED,
                "The dates are wrong.", checklist(Rating.PARTLY_MET));
        assertEquals(InitiativeStatus.CHANGES_REQUESTED, data.status(id));
    }

    @Test
    void changesRequestedAndRejectionsNeedAMessageAndEveryPrincipleRated() {
        long id = underReview("Needs a message");
        int version = data.version(id);
        assertThrows(MessageRequiredException.class, () -> reviews.decide(reviewer, id, version,
                InitiativeStatus.CHANGES_REQUESTED, "  ", checklist(Rating.PARTLY_MET)));
        assertThrows(MessageRequiredException.class, () -> reviews.decide(reviewer, id, version,
                InitiativeStatus.REJECTED, null, checklist(Rating.NOT_MET)));
        List<Assessment> missing = new ArrayList<>(checklist(Rating.MET));
        missing.remove(0);
        assertThrows(IncompleteChecklistException.class, () -> reviews.decide(reviewer, id, version,
                InitiativeStatus.VALIDATED, null, missing));
        List<Assessment> unrated = new ArrayList<>(checklist(Rating.MET));
        unrated.set(0, new Assessment(unrated.get(0).principle(), null, null));
        assertThrows(IncompleteChecklistException.class, () -> reviews.decide(reviewer, id, version,
                InitiativeStatus.VALIDATED, null, unrated));
        List<Assessment> twice = new ArrayList<>(checklist(Rating.MET));
        twice.add(twice.get(0));
        assertThrows(IncompleteChecklistException.class, () -> reviews.decide(reviewer, id, version,
                InitiativeStatus.VALIDATED, null, twice));
        assertEquals(InitiativeStatus.UNDER_REVIEW, data.status(id));
        assertEquals(0, data.reviews(id));
        assertEquals(version, data.version(id), "nothing saved");
    }

    @Test
    void everyTransitionIsRecordedAndTheSheetShowsTheReview() {
        Instant before = Instant.now().minus(Duration.ofSeconds(1));
        long id = underReview("Recorded decision");
        reviews.decide(reviewer, id, data.version(id), InitiativeStatus.CHANGES_REQUESTED,
                "  Please describe the results.  ", checklist(Rating.PARTLY_MET));

        List<Transition> transitions = data.transitions(id);
        assertEquals(List.of("DRAFT>SUBMITTED", "SUBMITTED>UNDER_REVIEW", "UNDER_REVIEW>CHANGES_REQUESTED"),
                transitions.stream().map(t -> t.getFrom() + ">" + t.getTo()).toList());
        Transition decision = transitions.get(2);
        assertEquals(reviewer, decision.getActorId());
        assertEquals("Rita Reviewer", decision.getActorName());
        assertEquals("Please describe the results.", decision.getMessage());
        assertTrue(!decision.getAt().isBefore(before) && !decision.getAt().isAfter(Instant.now()));
        assertEquals("Carla Contributor", transitions.get(0).getActorName());
        assertEquals("Ada Administrator", transitions.get(1).getActorName());

        ReviewSheet sheet = reviews.sheet(reviewer, id, Language.FR);
        assertEquals(InitiativeStatus.CHANGES_REQUESTED, sheet.status());
        assertEquals(3, sheet.transitions().size());
        assertEquals(1, sheet.reviews().size());
        ReviewSheet.ReviewView review = sheet.reviews().get(0);
        assertEquals("Rita Reviewer", review.reviewerName());
        assertEquals("Please describe the results.", review.message());
        List<TermView> principles = taxonomy.terms(TermKind.PRINCIPLE, Language.FR);
        assertEquals(principles, sheet.principles());
        assertEquals(principles.stream().map(TermView::name).toList(),
                review.assessments().stream().map(ReviewSheet.AssessmentView::principle).toList(),
                "principles named in the reader's language");
        assertTrue(review.assessments().stream().allMatch(a -> a.rating() == Rating.PARTLY_MET));
        assertEquals("We organised the workshops.", sheet.ownerView().getRole());
        assertNull(sheet.partnerView());
        assertTrue(sheet.decisions().isEmpty(), "nothing to decide while the contributors make changes");
    }

    @Test
    void theSecondOfTwoReviewersDecidingAtOnceGetsAConflictAndNothingOfItIsSaved() {
        long id = underReview("Two reviewers");
        int shown = reviews.sheet(reviewer, id, Language.EN).version();
        assertEquals(shown, reviews.sheet(otherReviewer, id, Language.EN).version());

        reviews.decide(reviewer, id, shown, InitiativeStatus.VALIDATED, null, checklist(Rating.MET));
        assertThrows(ConcurrentChangeException.class, () -> reviews.decide(otherReviewer, id, shown,
                InitiativeStatus.CHANGES_REQUESTED, "Please add photos.", checklist(Rating.PARTLY_MET)));

        assertEquals(InitiativeStatus.VALIDATED, data.status(id));
        assertEquals(1, data.reviews(id));
        assertEquals(3, data.transitions(id).size());
        assertEquals(reviewer, data.transitions(id).get(2).getActorId());
    }

    @Test
    void bulkForwardReportsWhatWentToReviewWhatConflictedAndWhatWasNoLongerSubmitted() {
        long a = submitted("Bulk A");
        long b = submitted("Bulk B");
        long c = submitted("Bulk C");
        long d = underReview("Bulk D");
        int shownB = data.version(b);
        data.editDescription(b, contributor, "Changed while the administrator looked at the queue.");

        BulkForward result = reviews.forwardAll(administrator, Map.of(a, data.version(a), b, shownB,
                c, data.version(c), d, data.version(d)));

        assertEquals(List.of(a, c), result.forwarded());
        assertEquals(List.of(b), result.conflicts());
        assertEquals(List.of(d), result.refused());
        assertEquals(InitiativeStatus.UNDER_REVIEW, data.status(a));
        assertEquals(InitiativeStatus.SUBMITTED, data.status(b));
        assertEquals(InitiativeStatus.UNDER_REVIEW, data.status(c));
        assertEquals("Ada Administrator", data.transitions(a).get(1).getActorName());
    }

    @Test
    void theHomeCountsListEveryStatusButDrafts() {
        Map<InitiativeStatus, Long> counts = reviews.counts(reviewer);
        assertEquals(EnumSet.complementOf(EnumSet.of(InitiativeStatus.DRAFT)), counts.keySet());
        assertTrue(counts.get(InitiativeStatus.VALIDATED) > 0, "demo data");
    }
}
