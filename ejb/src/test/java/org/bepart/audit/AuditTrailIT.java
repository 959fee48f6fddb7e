package org.bepart.audit;

import jakarta.ejb.EJB;
import org.bepart.account.AccountService;
import org.bepart.account.Authenticator;
import org.bepart.account.Role;
import org.bepart.discussion.DiscussionModeration;
import org.bepart.discussion.DiscussionService;
import org.bepart.discussion.PostKind;
import org.bepart.discussion.ReportReason;
import org.bepart.contest.ContestEditorService;
import org.bepart.contest.ContestForm;
import org.bepart.contest.EntryCategory;
import org.bepart.contest.EntryForm;
import org.bepart.contest.EntryService;
import org.bepart.contest.JuryService;
import org.bepart.event.EventEditorService;
import org.bepart.event.EventForm;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.moderation.ModerationService;
import org.bepart.moderation.ModerationTestData;
import org.bepart.news.NewsEditorService;
import org.bepart.news.NewsCategory;
import org.bepart.news.NewsForm;
import org.bepart.organisation.AdminFilter;
import org.bepart.organisation.OrganisationAdmin;
import org.bepart.organisation.OrganisationForm;
import org.bepart.organisation.OrganisationKind;
import org.bepart.organisation.OrganisationService;
import org.bepart.partner.PartnerService;
import org.bepart.review.Assessment;
import org.bepart.review.Rating;
import org.bepart.review.ReviewService;
import org.bepart.search.IndexMaintenance;
import org.bepart.shared.AccessDeniedException;
import org.bepart.taxonomy.TaxonomyAdmin;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermForm;
import org.bepart.taxonomy.TermKind;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail of every back-office action (issue 11, point 12): each action listed there leaves its entry, in
 * the transaction that did it; the trail is read by who, what and when, page by page; administrators read all of it
 * and editors their own work; an entry cannot be changed or removed, and a deleted account is left as its id.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String PASSWORD = "Granite-steps-2029";
    private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");

    @EJB
    private AuditTrail trail;
    @EJB
    private AccountService accounts;
    @EJB
    private Authenticator authenticator;
    @EJB
    private ModerationService moderation;
    @EJB
    private InitiativeLifecycle lifecycle;
    @EJB
    private ReviewService reviews;
    @EJB
    private PartnerService partners;
    @EJB
    private OrganisationService organisations;
    @EJB
    private IndexMaintenance index;
    @EJB
    private NewsEditorService news;
    @EJB
    private EventEditorService events;
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
    @EJB
    private TaxonomyAdmin taxonomyAdmin;
    @EJB
    private OrganisationAdmin organisationAdmin;
    @EJB
    private DiscussionService discussion;
    @EJB
    private DiscussionModeration discussionModeration;

    private final List<Long> written = new ArrayList<>();

    @AfterEach
    void hide() {
        written.forEach(data::hide);
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

    private long underReview(long organisation, long author, long admin, String title) {
        long id = submitted(organisation, author, title);
        reviews.forward(admin, id, data.version(id), null);
        return id;
    }

    /** The actions of the trail about one subject, oldest first. */
    private int termVersion(long admin, long termId) {
        return taxonomyAdmin.terms(admin, TermKind.THEME).stream().filter(t -> t.id() == termId).findFirst()
                .orElseThrow().version();
    }

    private int organisationVersion(long admin, String mark, long organisationId) {
        return organisationAdmin.list(admin, new AdminFilter(null, null, null, mark, 1)).rows().stream()
                .filter(o -> o.id() == organisationId).findFirst().orElseThrow().version();
    }

    private List<String> about(String type, long id) {
        return data.audit(type, id).stream().map(line -> line.substring(0, line.indexOf(' '))).toList();
    }

    @Test
    void everyBackOfficeActionLeavesItsEntry() throws InterruptedException {
        Instant since = Instant.now().minusSeconds(1);
        String mark = UUID.randomUUID().toString().substring(0, 8);
        long admin = data.account("Ada Auditor " + mark, Role.ADMINISTRATOR);
        String reviewerEmail = ModerationTestData.address("reviewer");
        long reviewer = data.account(reviewerEmail, "Rita Reviewer " + mark, PASSWORD, Language.EN, Role.REVIEWER);
        long editor = data.account("Edgar Editor " + mark, Role.EDITOR);
        String contributorEmail = ModerationTestData.address("contributor");
        long contributor = data.account(contributorEmail, "Carla Contributor", PASSWORD, Language.EN);
        long partnerContact = data.account("Paolo Partner");
        long someone = data.account("Sam Someone");
        long organisation = data.organisation("Audit association " + mark, OrganisationKind.CIVIL_SOCIETY,
                contributor);
        long municipality = data.organisation("Audit municipality " + mark, OrganisationKind.MUNICIPALITY,
                partnerContact);

        // accounts: roles, sessions, block and unblock, deletion (the account's own, kept as its id only)
        accounts.setRoles(admin, someone, EnumSet.of(Role.CONTRIBUTOR, Role.EDITOR));
        accounts.endSessions(admin, someone);
        moderation.block(admin, someone, "Spam " + mark);
        moderation.unblock(admin, someone);
        assertEquals(List.of("ROLES_CHANGED by " + admin + ": [CONTRIBUTOR] → [CONTRIBUTOR, EDITOR]",
                "SESSIONS_ENDED by " + admin + ": null", "ACCOUNT_BLOCKED by " + admin + ": Spam " + mark,
                "ACCOUNT_UNBLOCKED by " + admin + ": null"), data.audit(AuditEntry.ACCOUNT, someone));
        String leaverEmail = ModerationTestData.address("leaver");
        long leaver = data.account(leaverEmail, "Lea Leaver " + mark, PASSWORD, Language.EN);
        accounts.deleteAccount(leaver, PASSWORD);
        assertEquals(List.of("ACCOUNT_DELETED by " + leaver + ": null"), data.audit(AuditEntry.ACCOUNT, leaver));
        AuditRow deletion = trail.search(admin, AuditFilter.about(AuditEntry.ACCOUNT, leaver), 1).rows().get(0);
        assertEquals(Long.valueOf(leaver), deletion.actorId());
        assertTrue(deletion.actorDeleted());
        assertNull(deletion.actorName(), "no name is left of a deleted account");
        assertEquals(0, trail.search(admin, AuditFilter.of("Lea Leaver " + mark, null, null, null), 1).total(),
                "nor can it be found by its name");

        // reviews: forwards (one, several), the three decisions
        long forwarded = submitted(organisation, contributor, "Forwarded " + mark);
        reviews.forward(admin, forwarded, data.version(forwarded), "Without the partner.");
        long bulk = submitted(organisation, contributor, "Bulk " + mark);
        reviews.forwardAll(admin, Map.of(bulk, data.version(bulk)));
        long validated = underReview(organisation, contributor, admin, "Validated " + mark);
        long changes = underReview(organisation, contributor, admin, "Changes " + mark);
        long rejected = underReview(organisation, contributor, admin, "Rejected " + mark);
        reviews.decide(reviewer, validated, data.version(validated), InitiativeStatus.VALIDATED, null, checklist());
        reviews.decide(reviewer, changes, data.version(changes), InitiativeStatus.CHANGES_REQUESTED,
                "Please add the results.", checklist());
        reviews.decide(reviewer, rejected, data.version(rejected), InitiativeStatus.REJECTED, "Out of scope.",
                checklist());
        assertEquals(List.of("INITIATIVE_FORWARDED by " + admin + ": Without the partner."),
                data.audit(AuditEntry.INITIATIVE, forwarded));
        assertEquals(List.of("INITIATIVE_FORWARDED"), about(AuditEntry.INITIATIVE, bulk));
        assertTrue(trail.search(admin, AuditFilter.of("#" + admin, AuditAction.BULK_FORWARDED, null, null), 1)
                .rows().get(0).detail().startsWith("forwarded [" + bulk + "]"));
        assertEquals(List.of("INITIATIVE_FORWARDED", "INITIATIVE_VALIDATED"), about(AuditEntry.INITIATIVE,
                validated));
        assertEquals(List.of("INITIATIVE_FORWARDED by " + admin + ": null", "INITIATIVE_CHANGES_REQUESTED by "
                + reviewer + ": Please add the results."), data.audit(AuditEntry.INITIATIVE, changes));
        assertEquals(List.of("INITIATIVE_FORWARDED", "INITIATIVE_REJECTED"), about(AuditEntry.INITIATIVE, rejected));

        // questions and answers: a new account's post held by the platform, approved, reported, its report dismissed,
        // reported again, hidden with a reason and restored
        long discussed = submitted(organisation, contributor, "Discussed " + mark);
        long comment = discussion.post(someone, discussed, PostKind.COMMENT, Language.EN, "First words " + mark).id();
        discussionModeration.approve(reviewer, comment);
        discussion.report(partnerContact, comment, ReportReason.SPAM, null);
        discussionModeration.dismissReports(reviewer, comment);
        discussion.report(contributor, comment, ReportReason.ABUSIVE, "Rude.");
        discussionModeration.hide(admin, comment, "Abusive " + mark);
        discussionModeration.restore(admin, comment);
        assertEquals(List.of("POST_HELD by null: an account younger than 7 days", "POST_APPROVED by " + reviewer
                + ": null", "POST_REPORTS_DISMISSED by " + reviewer + ": reports: 1", "POST_HIDDEN by " + admin
                + ": Abusive " + mark + " — reports closed: 1", "POST_RESTORED by " + admin + ": hidden for: Abusive "
                + mark), data.audit(AuditEntry.POST, comment));

        // partners: an administrator invites, removes (and so replaces) the partner
        long partnered = data.draft(organisation, contributor, "Partnered " + mark);
        written.add(partnered);
        data.partner(partnered, municipality, partnerContact);
        partners.removePartner(admin, partnered, data.version(partnered));
        partners.invite(admin, partnered, "Another municipality " + mark, "clerk-" + mark + "@audit.test");
        partners.invite(contributor, partnered, "Yet another " + mark, "mayor-" + mark + "@audit.test");
        assertEquals(List.of("PARTNER_REMOVED by " + admin + ": Audit municipality " + mark,
                        "PARTNER_INVITED by " + admin + ": Another municipality " + mark),
                data.audit(AuditEntry.INITIATIVE, partnered), "the contributor's own invitation is not back office");

        // organisations: what administrators do, not what members do
        organisations.edit(admin, organisation, organisations.forEdit(admin, organisation).version(),
                new OrganisationForm("Audit association " + mark, OrganisationKind.CIVIL_SOCIETY,
                        org.bepart.country.MemberState.AM, null, "Edited by an administrator."));
        organisations.edit(contributor, organisation, organisations.forEdit(contributor, organisation).version(),
                new OrganisationForm("Audit association " + mark, OrganisationKind.CIVIL_SOCIETY,
                        org.bepart.country.MemberState.AM, null, "Edited by a member."));
        organisations.inviteMember(admin, organisation, "new-member-" + mark + "@audit.test");
        long invitation = organisations.forEdit(admin, organisation).invitations().get(0).id();
        organisations.revokeInvitation(admin, organisation, invitation);
        assertEquals(List.of("ORGANISATION_EDITED", "MEMBER_INVITED", "MEMBER_INVITATION_REVOKED"),
                about(AuditEntry.ORGANISATION, organisation));

        // editors: news, events, contests, entries; the jury
        NewsForm item = new NewsForm(Language.EN);
        item.setCategory(NewsCategory.ANNOUNCEMENT);
        item.text(Language.EN).setTitle("Audited news " + mark);
        item.text(Language.EN).setBody("<p>News.</p>");
        long newsId = news.create(editor, item);
        news.unpublish(editor, newsId, news.publish(editor, newsId, news.load(editor, newsId).getVersion()));
        assertEquals(List.of("CREATED", "PUBLISHED", "UNPUBLISHED"), about(AuditEntry.NEWS, newsId));
        EventForm event = new EventForm(Language.EN);
        event.text(Language.EN).setTitle("Audited event " + mark);
        event.text(Language.EN).setDescription("An event.");
        LocalDateTime start = LocalDateTime.now(YEREVAN).plusDays(10);
        event.setStart(start);
        event.setEnd(start.plusHours(2));
        event.setPlace("Yerevan");
        long eventId = events.create(editor, event);
        assertEquals(List.of("CREATED"), about(AuditEntry.EVENT, eventId));
        ContestForm contest = new ContestForm(Language.EN);
        contest.text(Language.EN).setTitle("Audited contest " + mark);
        contest.text(Language.EN).setRules("One film each.");
        contest.setMinAge(8);
        contest.setMaxAge(99);
        contest.setOpensAt(LocalDateTime.now(YEREVAN).minusDays(1));
        contest.setClosesAt(LocalDateTime.now(YEREVAN).plusDays(20));
        contest.setCategories(List.of(EntryCategory.VIDEO));
        long contestId = contests.create(editor, contest);
        contests.publish(editor, contestId, contests.load(editor, contestId).getVersion());
        EntryForm entry = new EntryForm();
        entry.setParticipantName("Participant");
        entry.setAge(30);
        entry.setEmail("participant-" + mark + "@audit.test");
        entry.setCategory(EntryCategory.VIDEO);
        entry.setTitle("Audited film " + mark);
        entry.setVideoLink("https://vimeo.com/1234");
        long entryId = entries.submit(contestId, entry, null, null, null);
        contests.approve(editor, entryId);
        jury.score(reviewer, entryId, 9, "Lovely.");
        contests.unpublish(editor, contestId, contests.load(editor, contestId).getVersion());
        assertEquals(List.of("CREATED", "PUBLISHED", "APPROVED", "UNPUBLISHED"), about(AuditEntry.CONTEST,
                contestId));
        assertEquals(List.of("JURY_SCORED by " + reviewer + ": #" + entryId + " Audited film " + mark + ": 9"),
                data.audit(AuditEntry.CONTEST_ENTRY, entryId));

        // the managed lists and organisations
        long term = taxonomyAdmin.add(admin, TermKind.THEME, new TermForm("audited-" + mark, "Թ", "Audited " + mark,
                "Audité", "Аудит"));
        long twinTerm = taxonomyAdmin.add(admin, TermKind.THEME, new TermForm("audited-" + mark + "-twin", "Թ",
                "Audited twin " + mark, "Audité 2", "Аудит 2"));
        taxonomyAdmin.rename(admin, term, termVersion(admin, term), new TermForm(null, "Թ", "Renamed " + mark,
                "Renommé", "Переименован"));
        taxonomyAdmin.move(admin, term, termVersion(admin, term), -1);
        taxonomyAdmin.retire(admin, term, termVersion(admin, term));
        taxonomyAdmin.restore(admin, term, termVersion(admin, term));
        taxonomyAdmin.merge(admin, twinTerm, termVersion(admin, twinTerm), term);
        assertEquals(List.of("TERM_ADDED", "TERM_RENAMED", "TERM_MOVED", "TERM_RETIRED", "TERM_RESTORED"),
                about(AuditEntry.TERM, term));
        assertEquals(List.of("TERM_ADDED", "TERMS_MERGED"), about(AuditEntry.TERM, twinTerm));
        long town = data.organisation("Audited town " + mark, OrganisationKind.MUNICIPALITY);
        long twinTown = data.organisation("Audited town twin " + mark, OrganisationKind.MUNICIPALITY);
        organisationAdmin.verify(admin, town, organisationVersion(admin, mark, town));
        organisationAdmin.unverify(admin, town, organisationVersion(admin, mark, town));
        organisationAdmin.merge(admin, twinTown, organisationVersion(admin, mark, twinTown), town);
        assertEquals(List.of("ORGANISATION_VERIFIED", "ORGANISATION_UNVERIFIED", "ORGANISATIONS_MERGED"),
                about(AuditEntry.ORGANISATION, town));

        // the search index
        long end = System.currentTimeMillis() + 120_000;
        while (index.status(admin).running() && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
        index.rebuild(admin);
        assertTrue(data.actionsOf(admin, since).contains(AuditAction.INDEX_REBUILT));
        while (index.status(admin).running() && System.currentTimeMillis() < end) {
            Thread.sleep(200); // the next test class searches a settled index
        }

        // sign-ins of back-office roles, failed or not; a contributor's are not back office
        assertTrue(authenticator.signIn(reviewerEmail, "Wrong-password-1", "198.51.100.4").signedIn().isEmpty());
        assertTrue(authenticator.signIn(reviewerEmail, PASSWORD, "198.51.100.4").signedIn().isPresent());
        assertTrue(authenticator.signIn(contributorEmail, PASSWORD, "198.51.100.5").signedIn().isPresent());
        assertEquals(List.of("SIGN_IN_FAILED by null: wrong password from 198.51.100.4",
                "SIGNED_IN by " + reviewer + ": from 198.51.100.4"), data.audit(AuditEntry.ACCOUNT, reviewer));
        assertEquals(List.of(), data.audit(AuditEntry.ACCOUNT, contributor));

        // every kind of action named in the issue, by its actors
        Set<AuditAction> recorded = EnumSet.noneOf(AuditAction.class);
        for (long actor : List.of(admin, reviewer, editor, leaver)) {
            recorded.addAll(data.actionsOf(actor, since));
        }
        recorded.addAll(trail.search(admin, AuditFilter.about(AuditEntry.ACCOUNT, reviewer), 1).rows().stream()
                .map(AuditRow::action).toList());
        recorded.addAll(trail.search(admin, AuditFilter.about(AuditEntry.POST, comment), 1).rows().stream()
                .map(AuditRow::action).toList()); // POST_HELD is the platform's
        Set<AuditAction> expected = EnumSet.complementOf(EnumSet.of(AuditAction.SCHEDULED, AuditAction.PINNED,
                AuditAction.UNPINNED, AuditAction.IMAGE_UPLOADED, AuditAction.REJECTED, AuditAction.WINNERS_ANNOUNCED,
                AuditAction.NEWSLETTER_SENT, AuditAction.EDITED,
                // an import's three entries are followed to its end by ImportServiceIT
                AuditAction.IMPORT_CHECKED, AuditAction.IMPORT_STARTED, AuditAction.IMPORT_FINISHED,
                // a translator's languages, drafts and publications are followed by TranslationServiceIT
                AuditAction.TRANSLATION_LANGUAGES_CHANGED, AuditAction.TRANSLATION_SAVED,
                AuditAction.TRANSLATION_PUBLISHED));
        expected.removeAll(recorded);
        assertEquals(Set.of(), expected, "actions without an entry");
    }

    @Test
    void theTrailIsReadByWhoWhatAndWhenPageByPage() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        long admin = data.account("Otto Pager " + mark, Role.ADMINISTRATOR);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < AuditTrail.PAGE_SIZE + 5; i++) {
            long someone = data.account("Paged " + i);
            people.add(someone);
            accounts.endSessions(admin, someone);
        }
        accounts.setRoles(admin, people.get(0), EnumSet.of(Role.CONTRIBUTOR, Role.REVIEWER));

        AuditResults first = trail.search(admin, AuditFilter.of("otto pager " + mark, null, null, null), 1);
        assertEquals(AuditTrail.PAGE_SIZE + 6, first.total(), "by words of the actor's name");
        assertEquals(AuditTrail.PAGE_SIZE, first.rows().size());
        assertEquals(AuditAction.ROLES_CHANGED, first.rows().get(0).action(), "newest first");
        assertEquals("Otto Pager " + mark, first.rows().get(0).actorName());
        AuditResults second = trail.search(admin, AuditFilter.of("#" + admin, null, null, null), 2);
        assertEquals(6, second.rows().size(), "by account number, second page");
        assertFalse(second.hasNext());
        assertEquals(List.of(people.get(0)), trail.search(admin, AuditFilter.of("#" + admin,
                AuditAction.ROLES_CHANGED, null, null), 1).rows().stream().map(AuditRow::subjectId).toList());
        LocalDate today = LocalDate.now(org.bepart.time.InstitutionZone.get());
        assertEquals(AuditTrail.PAGE_SIZE + 6, trail.count(admin, AuditFilter.of("#" + admin, null, today, today)));
        assertEquals(0, trail.count(admin, AuditFilter.of("#" + admin, null, today.minusDays(3),
                today.minusDays(1))));
        assertEquals(0, trail.count(admin, AuditFilter.of("#" + admin, null, today.plusDays(1), null)));
        assertEquals(0, trail.count(admin, AuditFilter.of("100%_pager", null, null, null)), "wildcards are text");

        List<AuditRow> batch = trail.batch(admin, AuditFilter.of("#" + admin, null, null, null), null, 20);
        List<AuditRow> next = trail.batch(admin, AuditFilter.of("#" + admin, null, null, null), batch.get(19), 100);
        assertEquals(AuditTrail.PAGE_SIZE + 6, batch.size() + next.size(), "batches follow each other");
        assertTrue(next.stream().noneMatch(batch::contains));
    }

    @Test
    void editorsReadTheirOwnWorkAndNobodyElseReadsTheTrail() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        long admin = data.account("Ada Admin " + mark, Role.ADMINISTRATOR);
        long editor = data.account("Eda Editor " + mark, Role.EDITOR);
        long reviewer = data.account("Rei Reviewer", Role.REVIEWER);
        long contributor = data.account("Cai Contributor");
        NewsForm item = new NewsForm(Language.EN);
        item.setCategory(NewsCategory.ANNOUNCEMENT);
        item.text(Language.EN).setTitle("Editor's own " + mark);
        item.text(Language.EN).setBody("<p>Own.</p>");
        long newsId = news.create(editor, item);
        accounts.setRoles(admin, editor, EnumSet.of(Role.CONTRIBUTOR, Role.EDITOR, Role.REVIEWER));
        accounts.setRoles(admin, editor, EnumSet.of(Role.CONTRIBUTOR, Role.EDITOR));

        AuditResults seenByEditor = trail.search(editor, AuditFilter.of(null, null, null, null), 1);
        assertTrue(seenByEditor.rows().stream().allMatch(r -> AuditEntry.EDITORIAL.contains(r.subjectType())),
                "editors read editors' work only");
        assertTrue(seenByEditor.rows().stream().anyMatch(r -> Long.valueOf(newsId).equals(r.subjectId())));
        assertEquals(0, trail.count(editor, AuditFilter.about(AuditEntry.ACCOUNT, editor)));
        assertEquals(2, trail.count(admin, AuditFilter.about(AuditEntry.ACCOUNT, editor)));
        assertThrows(AccessDeniedException.class, () -> trail.history(editor, AuditEntry.ACCOUNT, editor));
        assertEquals(1, trail.history(editor, AuditEntry.NEWS, newsId).size());
        for (Long nobody : java.util.Arrays.asList(reviewer, contributor, null)) {
            assertThrows(AccessDeniedException.class, () -> trail.search(nobody, AuditFilter.of(null, null, null,
                    null), 1));
            assertThrows(AccessDeniedException.class, () -> trail.batch(nobody, AuditFilter.of(null, null, null,
                    null), null, 10));
        }
    }

    @Test
    void anEntryIsSavedWithItsActionOrNotAtAllAndIsNeverChanged() {
        long admin = data.account("Ada Admin", Role.ADMINISTRATOR);
        long entries = data.auditEntries();
        assertThrows(Exception.class, () -> data.recordThenFail(admin));
        assertEquals(entries, data.auditEntries(), "rolled back with the action that failed");

        long insider = data.account("Ida Insider", Role.REVIEWER);
        long contributor = data.account("Carla Contributor");
        long organisation = data.organisation("Insiders " + UUID.randomUUID(), OrganisationKind.CIVIL_SOCIETY,
                contributor, insider);
        long id = underReview(organisation, contributor, admin, "Refused decision");
        long before = data.auditEntries();
        assertThrows(Exception.class, () -> reviews.decide(insider, id, data.version(id), InitiativeStatus.VALIDATED,
                null, checklist()));
        assertEquals(before, data.auditEntries(), "a refused action leaves no entry");

        accounts.endSessions(admin, contributor);
        assertThrows(Exception.class, () -> data.removeNewestOf(admin));
        assertEquals(List.of("SESSIONS_ENDED by " + admin + ": null"), data.audit(AuditEntry.ACCOUNT, contributor),
                "the entry is still there");
    }
}
