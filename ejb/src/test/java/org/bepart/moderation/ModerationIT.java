package org.bepart.moderation;

import jakarta.ejb.EJB;
import org.bepart.account.AccountService;
import org.bepart.account.Authenticator;
import org.bepart.account.Role;
import org.bepart.account.SignInResult;
import org.bepart.account.TestMailServer;
import org.bepart.account.TestOutbox;
import org.bepart.contest.ContestEditorService;
import org.bepart.contest.ContestForm;
import org.bepart.contest.EntryCategory;
import org.bepart.contest.EntryForm;
import org.bepart.contest.EntryService;
import org.bepart.contest.JuryService;
import org.bepart.contest.Moderation;
import org.bepart.contest.ModerationRow;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.OwnOrganisationException;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.notification.RecipientTexts;
import org.bepart.organisation.OrganisationKind;
import org.bepart.organisation.OrganisationService;
import org.bepart.review.Assessment;
import org.bepart.review.BulkForward;
import org.bepart.review.QueueFilter;
import org.bepart.review.QueueRow;
import org.bepart.review.Rating;
import org.bepart.review.ReviewService;
import org.bepart.review.ReviewSheet;
import org.bepart.search.SearchRequest;
import org.bepart.search.SearchSort;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.BusinessException;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moderation of people and the integrity of reviews, on Payara Micro with GreenMail behind {@code mail/bepart}: a
 * blocked account is signed out (its session epoch), refused at sign-in with the reason, told by mail in its
 * language (and again when unblocked); its initiatives waiting for review leave the public catalogue until a reviewer
 * decides and are flagged in the queue; its pending contest entries are flagged for editors. Reviewers decide on no
 * initiative of their own organisations, on either side; the jury scores approved entries only.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    private static final String PASSWORD = "Harbour-lights-2031";
    private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");

    @EJB
    private TestOutbox outbox;

    /** This test's mails are not queued behind those of earlier tests (every test class shares one server). */
    @BeforeEach
    void ownMailsFirst() {
        outbox.setAsideEarlierMails();
    }

    @EJB
    private ModerationService moderation;

    @EJB
    private Authenticator authenticator;

    @EJB
    private AccountService accounts;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private ReviewService reviews;

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private OrganisationService organisations;

    @EJB
    private ContestEditorService contests;

    @EJB
    private EntryService entries;

    @EJB
    private JuryService jury;

    @EJB
    private TaxonomyService taxonomy;

    @EJB
    private ModerationTestData data;

    private final List<Long> written = new ArrayList<>();

    @AfterEach
    void hide() {
        written.forEach(data::hide);
    }

    private static String key(Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return business.getMessageKey();
            }
        }
        throw new AssertionError("no business exception: " + thrown, thrown);
    }

    private List<Assessment> checklist() {
        return taxonomy.terms(TermKind.PRINCIPLE, Language.EN).stream()
                .map(p -> new Assessment(p.code(), Rating.MET, null)).toList();
    }

    private long submitted(long organisation, long author, String title) {
        long id = data.draft(organisation, author, title);
        written.add(id);
        lifecycle.submit(author, id, data.version(id));
        return id;
    }

    private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError(what);
            }
            Thread.sleep(100);
        }
    }

    /** Six random lower-case letters: one word for the search, whatever its analyser. */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private long found(String words) {
        return catalogue.search(new SearchRequest(words, Map.of(), SearchSort.NEWEST, 1, 10), Language.EN).total();
    }

    @Test
    void aBlockedAccountIsSignedOutRefusedAtSignInAndToldWhyInItsLanguageAndAgainWhenUnblocked() {
        TestMailServer.get();
        String email = ModerationTestData.address("blocked");
        long person = data.account(email, "Gor Blocked", PASSWORD, Language.FR);
        long admin = data.account("Ada Moderator", Role.ADMINISTRATOR);
        long reviewer = data.account("Rita Reviewer", Role.REVIEWER);
        assertTrue(authenticator.signIn(email, PASSWORD, "203.0.113.7").signedIn().isPresent());
        int epoch = data.sessionEpoch(person);

        assertEquals(List.of(), moderation.block(admin, person, "Advertising links posted in every initiative."));

        assertTrue(data.sessionEpoch(person) > epoch, "every session of the account ends");
        assertTrue(authenticator.current(person).isEmpty(), "the web tier signs its sessions out");
        SignInResult refused = authenticator.signIn(email, PASSWORD, "203.0.113.7");
        assertTrue(refused.signedIn().isEmpty());
        assertEquals("Advertising links posted in every initiative.", refused.blockedReason());
        assertFalse(authenticator.signIn(email, "Not-the-password-1", null).isBlocked(),
                "only the right password learns about the block");
        assertThrows(AccessDeniedException.class, () -> accounts.profile(person), "no service serves it");
        TestMailServer.Mail blocked = TestMailServer.await(email, m -> m.subject().equals(
                RecipientTexts.format(Language.FR, "moderation.mail.blocked.subject")));
        assertTrue(blocked.body().contains("Advertising links posted in every initiative.")
                && blocked.body().contains("Gor Blocked"), blocked.body());

        assertEquals("moderation.error.alreadyBlocked", key(() -> moderation.block(admin, person, "Again.")));
        assertEquals("moderation.error.self", key(() -> moderation.block(admin, admin, "Myself.")));
        assertThrows(AccessDeniedException.class, () -> moderation.block(reviewer, admin, "Not mine to do."));
        assertThrows(AccessDeniedException.class, () -> moderation.unblock(reviewer, person));
        assertThrows(AccessDeniedException.class, () -> moderation.activity(reviewer, person, Language.EN));

        moderation.unblock(admin, person);
        TestMailServer.Mail unblocked = TestMailServer.await(email, m -> m.subject().equals(
                RecipientTexts.format(Language.FR, "moderation.mail.unblocked.subject")));
        assertTrue(unblocked.body().contains("/login"), unblocked.body());
        assertTrue(authenticator.signIn(email, PASSWORD, null).signedIn().isPresent(), "signs in again");
        assertEquals("moderation.error.notBlocked", key(() -> moderation.unblock(admin, person)));
        AccountActivity activity = moderation.activity(admin, person, Language.EN);
        assertNull(activity.blockedAt());
        assertNotNull(activity.lastSignInAt());
        assertEquals(List.of("ACCOUNT_UNBLOCKED", "ACCOUNT_BLOCKED"), activity.moderation().stream()
                .map(r -> r.action().name()).toList(), "what administrators did, newest first");
    }

    @Test
    void aBlockedAccountsInitiativesWaitingForReviewLeaveThePublicUntilAReviewerDecides() throws Exception {
        String mark = "Zephyr" + letters();
        long person = data.account(ModerationTestData.address("author"), "Aram Author", PASSWORD, Language.EN);
        long colleague = data.account("Colleague");
        long admin = data.account("Ada Moderator", Role.ADMINISTRATOR);
        long reviewer = data.account("Rita Reviewer", Role.REVIEWER);
        long organisation = data.organisation("Lakeside Voices " + mark, OrganisationKind.CIVIL_SOCIETY, person,
                colleague);
        long waiting = submitted(organisation, person, mark + " waiting hearings");
        long inReview = submitted(organisation, person, mark + " budget in review");
        lifecycle.forward(admin, inReview, data.version(inReview), null);
        long validated = submitted(organisation, person, mark + " validated council");
        lifecycle.forward(admin, validated, data.version(validated), null);
        reviews.decide(reviewer, validated, data.version(validated), InitiativeStatus.VALIDATED, null, checklist());
        long byColleague = submitted(organisation, colleague, mark + " colleague's forum");
        eventually(() -> found(mark) == 4, "the four initiatives are found");

        List<Long> held = moderation.block(admin, person, "Copied other people's work.");

        assertEquals(List.of(waiting, inReview), held, "the ones waiting for a reviewer, not the validated one");
        assertTrue(catalogue.find(waiting, Language.EN).isEmpty());
        assertTrue(catalogue.find(inReview, Language.EN).isEmpty());
        assertTrue(catalogue.find(validated, Language.EN).isPresent(), "decided already");
        assertTrue(catalogue.find(byColleague, Language.EN).isPresent(), "not the blocked account's");
        assertEquals(List.of(validated, byColleague), catalogue.details(List.of(waiting, inReview, validated,
                byColleague), Language.EN).stream().map(d -> d.card().id()).toList());
        // the profile's cards come from the search index
        eventually(() -> List.of(byColleague, validated).stream().sorted().toList().equals(organisations.profile(
                organisation, Language.EN).orElseThrow().initiatives().stream().map(c -> c.id()).sorted().toList()),
                "the organisation's profile shows its public initiatives only");
        eventually(() -> found(mark) == 2, "the search index drops the held initiatives");

        List<QueueRow> queue = reviews.queue(reviewer, new QueueFilter(null, null, mark, 1, 20), Language.EN).rows();
        assertEquals(List.of(waiting, inReview, byColleague), queue.stream().map(QueueRow::id).toList());
        assertEquals(List.of(true, true, false), queue.stream().map(QueueRow::held).toList(), "flagged");
        ReviewSheet sheet = reviews.sheet(reviewer, inReview, Language.EN);
        assertNotNull(sheet.heldAt());
        assertFalse(sheet.decisions().isEmpty(), "a reviewer decides on it");

        moderation.unblock(admin, person);
        assertTrue(catalogue.find(waiting, Language.EN).isEmpty(), "still hidden until a reviewer decides");

        reviews.decide(reviewer, inReview, data.version(inReview), InitiativeStatus.VALIDATED, null, checklist());
        assertFalse(data.isHeld(inReview));
        assertTrue(catalogue.find(inReview, Language.EN).isPresent(), "public again once decided");
        assertTrue(data.isHeld(waiting));
        eventually(() -> found(mark) == 3, "the search index finds it again");
    }

    @Test
    void pendingContestEntriesFromABlockedAddressAreFlaggedAndTheJuryScoresApprovedEntriesOnly() {
        String email = ModerationTestData.address("entrant");
        long person = data.account(email, "Lilit Entrant", PASSWORD, Language.HY);
        long admin = data.account("Ada Moderator", Role.ADMINISTRATOR);
        long editor = data.account("Edgar Editor", Role.EDITOR);
        long juror = data.account("Juno Juror", Role.REVIEWER);
        ContestForm form = new ContestForm(Language.EN);
        form.text(Language.EN).setTitle("Film your neighbourhood " + UUID.randomUUID());
        form.text(Language.EN).setRules("One film each.");
        form.setMinAge(8);
        form.setMaxAge(99);
        LocalDateTime now = LocalDateTime.now(YEREVAN);
        form.setOpensAt(now.minusDays(1));
        form.setClosesAt(now.plusDays(20));
        form.setCategories(List.of(EntryCategory.VIDEO));
        long contest = contests.create(editor, form);
        contests.publish(editor, contest, contests.load(editor, contest).getVersion());
        long fromBlocked = entries.submit(contest, entry(email.toUpperCase(), "Our street"), null, null, null);
        long fromOther = entries.submit(contest, entry("someone-else@example.org", "Our square"), null, null, null);

        moderation.block(admin, person, "Threatening messages to other participants.");

        List<ModerationRow> pending = contests.entries(editor, contest, Moderation.PENDING);
        assertEquals(List.of(fromBlocked, fromOther), pending.stream().map(ModerationRow::id).toList());
        assertEquals(List.of(true, false), pending.stream().map(ModerationRow::senderBlocked).toList());
        assertEquals(List.of(fromBlocked), moderation.activity(admin, person, Language.EN).entries().stream()
                .map(AccountActivity.EntryLine::id).toList(), "its entries are in its activity");

        assertEquals("contest.error.notApproved", key(() -> jury.score(juror, fromBlocked, 7, null)),
                "the jury scores approved entries only");
        contests.approve(editor, fromOther);
        jury.score(juror, fromOther, 7, null);
        contests.unpublish(editor, contest, contests.load(editor, contest).getVersion());
    }

    private static EntryForm entry(String email, String title) {
        EntryForm form = new EntryForm();
        form.setParticipantName("Participant");
        form.setAge(30);
        form.setEmail(email);
        form.setCategory(EntryCategory.VIDEO);
        form.setTitle(title);
        form.setVideoLink("https://www.youtube.com/watch?v=neighbourhood");
        return form;
    }

    @Test
    void nobodyDecidesOnOrForwardsAnInitiativeOfTheirOwnOrganisationOnEitherSide() {
        String mark = "Quasar" + letters();
        long contributor = data.account("Carla Contributor");
        long partnerContact = data.account("Paolo Partner");
        long insider = data.account("Ida Insider", Role.REVIEWER);
        long partnerSide = data.account("Pia Partner-side", Role.REVIEWER);
        long contactReviewer = data.account(ModerationTestData.address("contact"), "Cora Contact", PASSWORD,
                Language.EN, Role.REVIEWER);
        long neutral = data.account("Nina Neutral", Role.REVIEWER);
        long insiderAdmin = data.account("Adam Insider", Role.ADMINISTRATOR);
        long admin = data.account("Ada Moderator", Role.ADMINISTRATOR);
        long owner = data.organisation("Owner association " + mark, OrganisationKind.CIVIL_SOCIETY, contributor,
                insider, insiderAdmin);
        long municipality = data.organisation("Municipality " + mark, OrganisationKind.MUNICIPALITY, partnerContact,
                partnerSide);

        long joined = data.draft(owner, contributor, mark + " two sides");
        written.add(joined);
        data.partner(joined, municipality, partnerContact);
        data.publicAuthorityContact(joined, accounts.profile(contactReviewer).email().toUpperCase());
        lifecycle.submit(contributor, joined, data.version(joined));
        assertEquals(InitiativeStatus.UNDER_REVIEW, data.status(joined), "both sides are in");
        for (long reviewer : List.of(insider, partnerSide, contactReviewer, insiderAdmin)) {
            assertEquals("review.error.ownOrganisation", key(() -> reviews.decide(reviewer, joined,
                    data.version(joined), InitiativeStatus.VALIDATED, null, checklist())), "reviewer " + reviewer);
            ReviewSheet sheet = reviews.sheet(reviewer, joined, Language.EN);
            assertTrue(sheet.ownOrganisation() && sheet.decisions().isEmpty(), "reads it without decisions");
        }
        assertEquals(0, data.reviews(joined));
        assertEquals(InitiativeStatus.UNDER_REVIEW, data.status(joined));
        QueueRow mine = reviews.queue(insider, new QueueFilter(null, null, mark, 1, 20), Language.EN).rows().get(0);
        QueueRow theirs = reviews.queue(neutral, new QueueFilter(null, null, mark, 1, 20), Language.EN).rows().get(0);
        assertTrue(mine.ownOrganisation() && !theirs.ownOrganisation());

        long waiting = submitted(owner, contributor, mark + " waiting");
        assertThrows(OwnOrganisationException.class, () -> lifecycle.forward(insiderAdmin, waiting,
                data.version(waiting), null));
        assertFalse(reviews.sheet(insiderAdmin, waiting, Language.EN).isForwardable());
        BulkForward bulk = reviews.forwardAll(insiderAdmin, Map.of(waiting, data.version(waiting)));
        assertEquals(List.of(waiting), bulk.own());
        assertEquals(InitiativeStatus.SUBMITTED, data.status(waiting));

        lifecycle.forward(admin, waiting, data.version(waiting), null);
        reviews.decide(neutral, joined, data.version(joined), InitiativeStatus.VALIDATED, null, checklist());
        assertEquals(InitiativeStatus.VALIDATED, data.status(joined), "somebody else decides");
    }
}
