package org.bepart.authorization;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.bepart.account.AccountPage;
import org.bepart.account.AccountService;
import org.bepart.account.AccountSummary;
import org.bepart.account.Profile;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditFilter;
import org.bepart.audit.AuditResults;
import org.bepart.audit.AuditRow;
import org.bepart.audit.AuditTrail;
import org.bepart.authorization.MatrixData.Extra;
import org.bepart.discussion.DiscussionModeration;
import org.bepart.discussion.DiscussionService;
import org.bepart.discussion.ModerationItem;
import org.bepart.discussion.PostKind;
import org.bepart.discussion.ReportReason;
import org.bepart.translation.TranslationQueue;
import org.bepart.translation.TranslationService;
import org.bepart.translation.TranslationSheet;
import org.bepart.translation.TranslationState;
import org.bepart.exchange.ExchangeService;
import org.bepart.exchange.ReplicableInitiative;
import org.bepart.follow.FollowDelivery;
import org.bepart.follow.FollowRow;
import org.bepart.follow.FollowService;
import org.bepart.follow.FollowTarget;
import org.bepart.follow.Following;
import org.bepart.authorization.MatrixData.News;
import org.bepart.authorization.MatrixData.Stage;
import org.bepart.authorization.MatrixData.World;
import org.bepart.country.MemberState;
import org.bepart.importing.ImportMode;
import org.bepart.importing.ImportReport;
import org.bepart.importing.ImportService;
import org.bepart.importing.ImportStatus;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.media.AttachmentView;
import org.bepart.media.MediaFile;
import org.bepart.media.MediaService;
import org.bepart.media.TestImages;
import org.bepart.contest.InvalidEntryException;
import org.bepart.contest.JuryService;
import org.bepart.initiative.OwnOrganisationException;
import org.bepart.moderation.AccountActivity;
import org.bepart.moderation.ModerationService;
import org.bepart.news.EditorRow;
import org.bepart.news.NewsEditorService;
import org.bepart.news.NewsDetail;
import org.bepart.news.NewsForm;
import org.bepart.news.NewsItem;
import org.bepart.news.NewsStatus;
import org.bepart.notification.NotificationService;
import org.bepart.organisation.AdminFilter;
import org.bepart.organisation.AdminOrganisations;
import org.bepart.organisation.OrganisationAdmin;
import org.bepart.organisation.OrganisationEdit;
import org.bepart.organisation.OrganisationForm;
import org.bepart.organisation.OrganisationKind;
import org.bepart.organisation.OrganisationService;
import org.bepart.organisation.OrganisationSummary;
import org.bepart.partner.PartnerOverview;
import org.bepart.partner.PartnerService;
import org.bepart.partner.PartnerView;
import org.bepart.review.Assessment;
import org.bepart.review.BulkForward;
import org.bepart.review.Queue;
import org.bepart.review.QueueFilter;
import org.bepart.review.QueueRow;
import org.bepart.review.Rating;
import org.bepart.review.ReviewService;
import org.bepart.review.ReviewSheet;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.NotFoundException;
import org.bepart.submission.Draft;
import org.bepart.submission.FormsAccess;
import org.bepart.submission.LinkRow;
import org.bepart.submission.Results;
import org.bepart.submission.SubmissionService;
import org.bepart.taxonomy.TaxonomyAdmin;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermForm;
import org.bepart.taxonomy.TermRow;
import org.bepart.taxonomy.TermKind;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authorization matrix of the services (issue 3, item 9): every state-changing action and every back-office read,
 * tried by each kind of actor, gives exactly the designed outcome. The design is the table {@link #MATRIX}; the
 * services are not consulted to write it.
 * <p>
 * Each cell runs in the server ({@link MatrixServlet}) on a world of its own ({@link MatrixData#world}): fresh
 * accounts, organisations and an initiative in the status the action needs, so cells do not depend on each other.
 * An allowed cell must show its effect; any other cell must leave the world exactly as it was
 * ({@link MatrixData#state}); reads must change nothing either. The test itself runs as a client so that every cell is
 * reported on its own ("action as actor").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    /** Who tries. */
    enum Actor {
        /** Not signed in: a null actor id. */
        VISITOR,
        /** A member of the organisation that owns the initiative (a civil-society organisation). */
        OWNER_CONTRIBUTOR,
        /** A member of another civil-society organisation (same sector as the owner). */
        OTHER_CONTRIBUTOR,
        /** A member of the municipality that joined as partner (in DRAFT/SUBMITTED worlds: that is invited). */
        PARTNER,
        REVIEWER,
        EDITOR,
        ADMINISTRATOR,
        /**
         * An account holding the translator's role (translating into French). Rows written before the role existed
         * name no outcome for it and are not tried with it.
         */
        TRANSLATOR;

        Long id(World w) {
            return switch (this) {
                case VISITOR -> null;
                case OWNER_CONTRIBUTOR -> w.owner();
                case OTHER_CONTRIBUTOR -> w.other();
                case PARTNER -> w.partner();
                case REVIEWER -> w.reviewer();
                case EDITOR -> w.editor();
                case ADMINISTRATOR -> w.administrator();
                case TRANSLATOR -> w.translator();
            };
        }
    }

    /** What the design says a cell gives. */
    enum Outcome {
        /** Done, with its effect. */
        ALLOWED,
        /** {@link AccessDeniedException}; nothing changes. */
        REFUSED,
        /** {@link NotFoundException} or nothing found: the design hides that the thing exists; nothing changes. */
        NOT_FOUND,
        /**
         * Only for visitors: refused as {@link #REFUSED}, or the null actor id refused by Bean Validation
         * ({@link ConstraintViolationException} wrapped in an EJB exception); nothing changes.
         */
        SIGN_IN,
        /**
         * {@link OwnOrganisationException}: the reviewer or administrator belongs to an organisation of the initiative
         * (either side), so somebody else decides on it; nothing changes.
         */
        OWN_ORG,
        /** The jury scores approved entries only ({@code contest.error.notApproved}); nothing changes. */
        UNAPPROVED
    }

    /*
     * THE DESIGN. Worlds: DRAFT = a draft with the owner's view, the municipality invited (not joined); PARTNERED = a
     * draft the municipality joined; SUBMITTED = submitted without partner; UNDER_REVIEW = joined and submitted.
     *
     * - The owner's contributors create, edit (every step, files, links), submit and invite the partner while the
     *   initiative is editable. Administrators create, edit and invite for any organisation but do not submit on
     *   behalf of contributors (they forward instead).
     * - Once under review, the owner's contributors and the partner's members no longer change anything
     *   (*Locked rows); administrators still may.
     * - Contributors of another organisation are refused everything on it. Reading the draft form gives REFUSED, like
     *   every other call of the form for somebody who may not edit (the id says nothing the public pages do not);
     *   only files of drafts (MediaService.file, also served to visitors) hide their existence: NOT_FOUND.
     * - The partner's members give and read the partner's perspective only, and see the files; they neither edit the
     *   owner's steps nor submit. Joining with the link needs membership of the organisation that joins.
     * - Reviewers and administrators: queue, review sheet, counts, decide; reviewers see an initiative's files once it
     *   has been submitted, not those of drafts (drafts are their organisations' own). Administrators only: forward
     *   (one or all), the partner overview, removing the partner, the account list, roles.
     * - Review integrity (*OwnSide, *PartnerSide rows: the reviewer, editor and administrator also belong to the owner
     *   or to the partner): they read the review sheet (without decisions) but neither decide nor forward: OWN_ORG; a
     *   bulk forward reports the initiative as their own and leaves it submitted.
     * - The jury (reviewers and administrators) scores approved entries; a pending one is UNAPPROVED.
     * - Moderation (block, unblock, an account's activity): administrators only.
     * - Questions and answers: anybody signed in posts, replies and reports another's post (once); only the author
     *   edits. Their moderation (the queue, approve, hide, restore, dismiss reports): reviewers and administrators.
     * - The audit trail: administrators read all of it, editors the entries about editors' work (a search by the news
     *   desk shows editors its news item but not its sign-in; an account's history is refused to them).
     * - Editors and administrators: the news back office; nobody else.
     * - Organisations: anybody signed in creates one; its members and administrators edit it, read it for editing and
     *   add members; only members leave.
     * - Notifications: only the recipient (here the owner's contributor) marks its own read; for anybody else it does
     *   not exist.
     * - Profiles: everybody signed in reads and changes their own (the services take no other account's id).
     * - Imports of initiatives from a file (dry run, start, report, list, the organisations to choose from),
     *   managed lists (the world's own themes) and organisations' administration (list, verify, merge duplicates):
     *   administrators only.
     * - Peer exchange: everybody signed in marks a public initiative useful and is offered their own organisations'
     *   public initiatives to link; the replicating initiative's organisations (owner, and the partner once joined) and
     *   administrators link it to another organisation's public initiative and remove that link; nobody else.
     * - Questions and answers: everybody signed in asks or comments on a public initiative and replies to a question
     *   (a reply by the owner's contributor is the team's answer); only its author (here the other contributor)
     *   corrects a post.
     * - Translations (worlds where the initiative is public; the last column is the translator's): anybody signed in
     *   asks for a language; translators, administrators and the initiative's contributors (the owner's, and the
     *   partner's once joined) read, save and publish a translation; the queue of requests and one's languages are
     *   the translators' and administrators'.
     * - Following: everybody signed in follows a public initiative (a draft does not exist for them), stops following
     *   it, asks whether they follow it, lists their own follows and chooses how they are mailed; each touches only
     *   their own follows (the services take no other account's id).
     */
    static final String MATRIX = """
            action                        world         VISITOR    OWNER_C.   OTHER_C.   PARTNER    REVIEWER   EDITOR     ADMIN
            organisations.create          DRAFT         SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            organisations.edit            DRAFT         SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            organisations.inviteMember    DRAFT         SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            organisations.acceptOthers    DRAFT         SIGN_IN    NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND
            organisations.leave           DRAFT         SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED
            organisations.forEdit         DRAFT         SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            submissions.create            DRAFT         SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            submissions.saveBasics        PARTNERED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            submissions.savePlace         PARTNERED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            submissions.saveProcess       PARTNERED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            submissions.saveResults       PARTNERED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            submissions.saveLinks         PARTNERED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            submissions.reachReview       PARTNERED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            submissions.saveBasicsLocked  UNDER_REVIEW  SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            submissions.draft             PARTNERED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            media.add                     PARTNERED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            media.remove                  PARTNERED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            media.list                    PARTNERED     SIGN_IN    ALLOWED    REFUSED    ALLOWED    REFUSED    REFUSED    ALLOWED
            media.fileOfDraft             PARTNERED     NOT_FOUND  ALLOWED    NOT_FOUND  ALLOWED    NOT_FOUND  NOT_FOUND  ALLOWED
            partners.invite               DRAFT         SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            partners.join                 DRAFT         SIGN_IN    REFUSED    REFUSED    ALLOWED    REFUSED    REFUSED    REFUSED
            partners.partnerView          PARTNERED     SIGN_IN    REFUSED    REFUSED    ALLOWED    REFUSED    REFUSED    ALLOWED
            partners.describePartnerView  PARTNERED     SIGN_IN    REFUSED    REFUSED    ALLOWED    REFUSED    REFUSED    ALLOWED
            partners.describeViewLocked   UNDER_REVIEW  SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            partners.overview             PARTNERED     SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            partners.removePartner        PARTNERED     SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            lifecycle.submit              DRAFT         SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED
            lifecycle.forward             SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            reviews.queue                 SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            reviews.sheet                 UNDER_REVIEW  SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            reviews.counts                UNDER_REVIEW  SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            reviews.decide                UNDER_REVIEW  SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            reviews.forward               SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            reviews.forwardAll            SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            reviews.sheetOwnSide          UNDER_REVIEW  SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            reviews.decideOwnSide         UNDER_REVIEW  SIGN_IN    REFUSED    REFUSED    REFUSED    OWN_ORG    REFUSED    OWN_ORG
            reviews.decidePartnerSide     UNDER_REVIEW  SIGN_IN    REFUSED    REFUSED    REFUSED    OWN_ORG    REFUSED    OWN_ORG
            reviews.forwardOwnSide        SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    OWN_ORG
            reviews.forwardAllOwnSide     SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            jury.scoreApproved            DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            jury.scorePending             DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    UNAPPROVED REFUSED    UNAPPROVED
            accounts.accounts             DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            accounts.setRoles             DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            accounts.setOwnRolesToAdmin   DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            accounts.profile              DRAFT         SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            accounts.updateProfile        DRAFT         SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            moderation.block              DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            moderation.unblock            DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            moderation.activity           DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            notifications.markRead        DRAFT         SIGN_IN    ALLOWED    NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND
            newsEditor.list               DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            newsEditor.load               DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            newsEditor.create             DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            newsEditor.preview            DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            newsEditor.save               DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            newsEditor.publish            DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            newsEditor.schedule           DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            newsEditor.unpublish          DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            newsEditor.pin                DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            newsEditor.upload             DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            newsEditor.images             DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            audit.history                 DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            audit.accountHistory          DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            audit.search                  DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            imports.check                 DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            imports.start                 DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            imports.report                DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            imports.recent                DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            imports.organisations         DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            taxonomyAdmin.terms           DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            taxonomyAdmin.add             DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            taxonomyAdmin.rename          DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            taxonomyAdmin.move            DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            taxonomyAdmin.retire          DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            taxonomyAdmin.restore         DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            taxonomyAdmin.merge           DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            organisationAdmin.list        DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            organisationAdmin.verify      DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            organisationAdmin.unverify    DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            organisationAdmin.merge       DRAFT         SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            exchange.markUseful           SUBMITTED     SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            exchange.replicable           SUBMITTED     SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            exchange.link                 SUBMITTED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            exchange.linkJoined           UNDER_REVIEW  SIGN_IN    ALLOWED    REFUSED    ALLOWED    REFUSED    REFUSED    ALLOWED
            exchange.unlink               SUBMITTED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED
            discussion.post               SUBMITTED     SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            discussion.reply              SUBMITTED     SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            discussion.edit               SUBMITTED     SIGN_IN    REFUSED    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED
            discussion.report             SUBMITTED     SIGN_IN    ALLOWED    REFUSED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            discussionModeration.queue    SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            discussionModeration.waiting  SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            discussionModeration.hidden   SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            discussionModeration.item     SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            discussionModeration.approve  SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            discussionModeration.hide     SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            discussionModeration.restore  SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            discussionModeration.dismissReports SUBMITTED SIGN_IN  REFUSED    REFUSED    REFUSED    ALLOWED    REFUSED    ALLOWED
            translations.request          SUBMITTED     SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            translations.queue            SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            translations.languages        SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            translations.chooseLanguages  SUBMITTED     SIGN_IN    REFUSED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            translations.sheet            SUBMITTED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            translations.save             SUBMITTED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            translations.publish          SUBMITTED     SIGN_IN    ALLOWED    REFUSED    REFUSED    REFUSED    REFUSED    ALLOWED    ALLOWED
            translations.publishJoined    UNDER_REVIEW  SIGN_IN    ALLOWED    REFUSED    ALLOWED    REFUSED    REFUSED    ALLOWED    ALLOWED
            follows.follow                SUBMITTED     SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            follows.followDraft           DRAFT         SIGN_IN    NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND  NOT_FOUND    NOT_FOUND
            follows.unfollow              SUBMITTED     SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            follows.isFollowing           SUBMITTED     SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            follows.following             SUBMITTED     SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            follows.chooseDelivery        DRAFT         SIGN_IN    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED    ALLOWED
            """;

    /** The services a cell may call, as the servlet got them injected. */
    record Services(OrganisationService organisations, SubmissionService submissions, MediaService media,
                    PartnerService partners, InitiativeLifecycle lifecycle, ReviewService reviews,
                    AccountService accounts, NotificationService notifications, NewsEditorService newsEditor,
                    TaxonomyService taxonomy, MatrixData data, ModerationService moderation, AuditTrail audit,
                    JuryService jury, ImportService imports, TaxonomyAdmin taxonomyAdmin,
                    OrganisationAdmin organisationAdmin, ExchangeService exchange,
                    DiscussionService discussion, DiscussionModeration discussionModeration,
                    TranslationService translations, FollowService follows) {
    }

    @FunctionalInterface
    interface Call {
        Object run(Services s, World w, Long actor) throws Exception;
    }

    @FunctionalInterface
    interface Effect {
        void check(Services s, World w, Long actor, Object result);
    }

    /** How to try an action: the extras of its world, the call, the effect an allowed call must show. */
    record Action(boolean image, News news, Set<Extra> extras, boolean read, Call call, Effect effect) {
    }

    private static final Map<String, Action> ACTIONS = new LinkedHashMap<>();

    private static void change(String name, Call call, Effect effect) {
        ACTIONS.put(name, new Action(false, News.NONE, Set.of(), false, call, effect));
    }

    private static void read(String name, Call call, Effect effect) {
        ACTIONS.put(name, new Action(false, News.NONE, Set.of(), true, call, effect));
    }

    private static void withImage(String name, boolean read, Call call, Effect effect) {
        ACTIONS.put(name, new Action(true, News.NONE, Set.of(), read, call, effect));
    }

    private static void news(String name, News news, boolean read, Call call, Effect effect) {
        ACTIONS.put(name, new Action(false, news, Set.of(), read, call, effect));
    }

    private static void with(String name, Extra extra, boolean read, Call call, Effect effect) {
        ACTIONS.put(name, new Action(false, News.NONE, Set.of(extra), read, call, effect));
    }

    /** Every principle rated as met: a complete checklist. */
    private static List<Assessment> checklist(Services s) {
        return s.taxonomy().terms(TermKind.PRINCIPLE, Language.EN).stream()
                .map(p -> new Assessment(p.code(), Rating.MET, null)).toList();
    }

    static {
        // --- organisations ---
        change("organisations.create", (s, w, a) -> s.organisations().create(a, new OrganisationForm(
                        "New association " + w.title(), OrganisationKind.CIVIL_SOCIETY, MemberState.IE, null, null)),
                (s, w, a, r) -> expect(s.data().isMember(a, (Long) r), "the creator is its first member"));
        change("organisations.edit", (s, w, a) -> {
            s.organisations().edit(a, w.ownerOrganisation(), s.data().organisationVersion(w.ownerOrganisation()),
                    new OrganisationForm("Renamed " + w.title(), OrganisationKind.CIVIL_SOCIETY, MemberState.IE, null,
                            "Described."));
            return null;
        }, (s, w, a, r) -> expect(("Renamed " + w.title()).equals(s.data().organisationName(w.ownerOrganisation())),
                "renamed"));
        change("organisations.inviteMember", (s, w, a) -> {
            s.organisations().inviteMember(a, w.ownerOrganisation(), w.bystanderEmail());
            return null;
        }, (s, w, a, r) -> expect(!s.data().isMember(w.bystander(), w.ownerOrganisation())
                && s.data().isInvited(w.bystanderEmail(), w.ownerOrganisation()), "invited, not a member yet"));
        // The world's invitation goes to an address none of the actors has: nobody else accepts it.
        change("organisations.acceptOthers", (s, w, a) -> {
            s.organisations().acceptInvitation(a, w.membershipInvitation());
            return null;
        }, (s, w, a, r) -> expect(false, "only the invited address accepts"));
        change("organisations.leave", (s, w, a) -> {
            s.organisations().leave(a, w.ownerOrganisation());
            return null;
        }, (s, w, a, r) -> expect(!s.data().isMember(a, w.ownerOrganisation()), "no longer a member"));
        read("organisations.forEdit", (s, w, a) -> s.organisations().forEdit(a, w.ownerOrganisation()),
                (s, w, a, r) -> expect(((OrganisationEdit) r).members().stream()
                        .anyMatch(m -> m.accountId() == w.owner()), "the members are listed"));

        // --- the submission form ---
        change("submissions.create", (s, w, a) -> s.submissions().create(a, w.ownerOrganisation(),
                        FormsAccess.basics("Another " + w.title())),
                (s, w, a, r) -> expect(s.data().initiativesOf(w.ownerOrganisation())
                        .contains(((SubmissionService.Saved) r).id()), "a new draft of the owner"));
        change("submissions.saveBasics", (s, w, a) -> s.submissions().saveBasics(a, w.initiative(),
                        s.data().version(w.initiative()), FormsAccess.basics("Renamed " + w.title())),
                (s, w, a, r) -> expect(("Renamed " + w.title()).equals(
                        s.data().initiative(w.initiative()).originalText().getTitle()), "the title changed"));
        change("submissions.savePlace", (s, w, a) -> s.submissions().savePlace(a, w.initiative(),
                        s.data().version(w.initiative()), FormsAccess.place()),
                (s, w, a, r) -> expect("Abovyan".equals(s.data().initiative(w.initiative()).getMunicipality()),
                        "the place changed"));
        change("submissions.saveProcess", (s, w, a) -> s.submissions().saveProcess(a, w.initiative(),
                        s.data().version(w.initiative()), FormsAccess.process()),
                (s, w, a, r) -> expect(s.data().initiative(w.initiative()).getStages().size() == 2,
                        "the stages changed"));
        change("submissions.saveResults", (s, w, a) -> {
            Results results = FormsAccess.results();
            results.setRole("A role written in the matrix");
            return s.submissions().saveResults(a, w.initiative(), s.data().version(w.initiative()), results);
        }, (s, w, a, r) -> expect("A role written in the matrix".equals(
                s.data().initiative(w.initiative()).getOwnerView().getRole()), "the owner's view changed"));
        change("submissions.saveLinks", (s, w, a) -> s.submissions().saveLinks(a, w.initiative(),
                        s.data().version(w.initiative()), List.of(new LinkRow("https://example.org/matrix", "Matrix"))),
                (s, w, a, r) -> expect(s.data().initiative(w.initiative()).getLinks().size() == 1, "a link"));
        change("submissions.reachReview", (s, w, a) -> s.submissions().reachReview(a, w.initiative(),
                        s.data().version(w.initiative())),
                (s, w, a, r) -> expect(s.data().initiative(w.initiative()).getWizardStep() == 6, "at step 6"));
        change("submissions.saveBasicsLocked", (s, w, a) -> s.submissions().saveBasics(a, w.initiative(),
                        s.data().version(w.initiative()), FormsAccess.basics("Renamed " + w.title())),
                (s, w, a, r) -> expect(("Renamed " + w.title()).equals(
                        s.data().initiative(w.initiative()).originalText().getTitle()), "the title changed"));
        read("submissions.draft", (s, w, a) -> s.submissions().draft(a, w.initiative()),
                (s, w, a, r) -> expect(((Draft) r).id() == w.initiative(), "the draft"));

        // --- files ---
        withImage("media.add", false, (s, w, a) -> s.media().add(a, w.initiative(), "more.png",
                        TestImages.png(20, 20, false), null),
                (s, w, a, r) -> expect(s.data().attachments(w.initiative()) == 2, "a second image"));
        withImage("media.remove", false, (s, w, a) -> {
            s.media().remove(a, w.attachment());
            return null;
        }, (s, w, a, r) -> expect(s.data().attachments(w.initiative()) == 0, "the image is gone"));
        withImage("media.list", true, (s, w, a) -> s.media().list(a, w.initiative()),
                (s, w, a, r) -> expect(((List<?>) r).stream().map(v -> ((AttachmentView) v).id()).toList()
                        .equals(List.of(w.attachment())), "the image is listed"));
        withImage("media.fileOfDraft", true, (s, w, a) -> s.media().file(a, w.attachment(), false),
                (s, w, a, r) -> expect(((Optional<?>) r).map(f -> ((MediaFile) f).bytes().length > 0).orElse(false),
                        "the bytes"));

        // --- the partner ---
        change("partners.invite", (s, w, a) -> s.partners().invite(a, w.initiative(), "Another municipality",
                        "clerk@matrix.test"),
                (s, w, a, r) -> expect(s.data().invitations(w.initiative()) == 2, "a second invitation"));
        change("partners.join", (s, w, a) -> {
            s.partners().join(a, w.token(), w.partnerOrganisation(), FormsAccess.perspective("We joined."));
            return null;
        }, (s, w, a, r) -> expect(Long.valueOf(w.partnerOrganisation()).equals(s.data().partnerOf(w.initiative())),
                "the municipality is the partner"));
        read("partners.partnerView", (s, w, a) -> s.partners().partnerView(a, w.initiative(), Language.EN),
                (s, w, a, r) -> expect("We hosted the hearings.".equals(((PartnerView) r).perspective().getRole()),
                        "the partner's view"));
        change("partners.describePartnerView", (s, w, a) -> s.partners().describePartnerView(a, w.initiative(),
                        s.data().version(w.initiative()), FormsAccess.perspective("Described in the matrix")),
                (s, w, a, r) -> expect("Described in the matrix".equals(
                        s.data().initiative(w.initiative()).getPartnerView().getRole()), "the partner's view changed"));
        change("partners.describeViewLocked", (s, w, a) -> s.partners().describePartnerView(a, w.initiative(),
                        s.data().version(w.initiative()), FormsAccess.perspective("Described in the matrix")),
                (s, w, a, r) -> expect("Described in the matrix".equals(
                        s.data().initiative(w.initiative()).getPartnerView().getRole()), "the partner's view changed"));
        read("partners.overview", (s, w, a) -> s.partners().overview(a, w.initiative(), Language.EN),
                (s, w, a, r) -> expect(((PartnerOverview) r).partner().id() == w.partnerOrganisation(),
                        "the partner"));
        change("partners.removePartner", (s, w, a) -> {
            s.partners().removePartner(a, w.initiative(), s.data().version(w.initiative()));
            return null;
        }, (s, w, a, r) -> expect(s.data().partnerOf(w.initiative()) == null, "no partner"));

        // --- the lifecycle and the review back office ---
        change("lifecycle.submit", (s, w, a) -> s.lifecycle().submit(a, w.initiative(),
                        s.data().version(w.initiative())),
                (s, w, a, r) -> expectStatus(s, w, InitiativeStatus.SUBMITTED));
        change("lifecycle.forward", (s, w, a) -> {
            s.lifecycle().forward(a, w.initiative(), s.data().version(w.initiative()), "Without the partner.");
            return null;
        }, (s, w, a, r) -> expectStatus(s, w, InitiativeStatus.UNDER_REVIEW));
        read("reviews.queue", (s, w, a) -> s.reviews().queue(a, new QueueFilter(null, null, w.title(), 1, 20),
                        Language.EN),
                (s, w, a, r) -> expect(((Queue) r).rows().stream().map(QueueRow::id).toList()
                        .equals(List.of(w.initiative())), "the initiative is in the queue"));
        read("reviews.sheet", (s, w, a) -> s.reviews().sheet(a, w.initiative(), Language.EN),
                (s, w, a, r) -> expect(((ReviewSheet) r).id() == w.initiative(), "the sheet"));
        read("reviews.counts", (s, w, a) -> s.reviews().counts(a),
                (s, w, a, r) -> expect(((Map<?, ?>) r).get(InitiativeStatus.UNDER_REVIEW) instanceof Long n && n > 0,
                        "counted"));
        change("reviews.decide", (s, w, a) -> s.reviews().decide(a, w.initiative(), s.data().version(w.initiative()),
                        InitiativeStatus.VALIDATED, null, s.taxonomy().terms(TermKind.PRINCIPLE, Language.EN).stream()
                                .map(p -> new Assessment(p.code(), Rating.MET, null)).toList()),
                (s, w, a, r) -> expectStatus(s, w, InitiativeStatus.VALIDATED));
        change("reviews.forward", (s, w, a) -> {
            s.reviews().forward(a, w.initiative(), s.data().version(w.initiative()), null);
            return null;
        }, (s, w, a, r) -> expectStatus(s, w, InitiativeStatus.UNDER_REVIEW));
        change("reviews.forwardAll", (s, w, a) -> s.reviews().forwardAll(a,
                        Map.of(w.initiative(), s.data().version(w.initiative()))),
                (s, w, a, r) -> {
                    expect(((BulkForward) r).forwarded().equals(List.of(w.initiative())), "reported forwarded");
                    expectStatus(s, w, InitiativeStatus.UNDER_REVIEW);
                });

        // --- review integrity: nobody decides on an initiative of their own organisation, on either side ---
        with("reviews.sheetOwnSide", Extra.INSIDERS_OWNER, true,
                (s, w, a) -> s.reviews().sheet(a, w.initiative(), Language.EN),
                (s, w, a, r) -> expect(((ReviewSheet) r).ownOrganisation() && ((ReviewSheet) r).decisions().isEmpty(),
                        "readable, without decisions"));
        with("reviews.decideOwnSide", Extra.INSIDERS_OWNER, false, (s, w, a) -> s.reviews().decide(a,
                        w.initiative(), s.data().version(w.initiative()), InitiativeStatus.VALIDATED, null,
                        checklist(s)),
                (s, w, a, r) -> expectStatus(s, w, InitiativeStatus.VALIDATED));
        with("reviews.decidePartnerSide", Extra.INSIDERS_PARTNER, false, (s, w, a) -> s.reviews().decide(a,
                        w.initiative(), s.data().version(w.initiative()), InitiativeStatus.VALIDATED, null,
                        checklist(s)),
                (s, w, a, r) -> expectStatus(s, w, InitiativeStatus.VALIDATED));
        with("reviews.forwardOwnSide", Extra.INSIDERS_OWNER, false, (s, w, a) -> {
            s.reviews().forward(a, w.initiative(), s.data().version(w.initiative()), null);
            return null;
        }, (s, w, a, r) -> expectStatus(s, w, InitiativeStatus.UNDER_REVIEW));
        with("reviews.forwardAllOwnSide", Extra.INSIDERS_OWNER, false, (s, w, a) -> s.reviews().forwardAll(a,
                        Map.of(w.initiative(), s.data().version(w.initiative()))),
                (s, w, a, r) -> {
                    expect(((BulkForward) r).own().equals(List.of(w.initiative()))
                            && ((BulkForward) r).forwarded().isEmpty(), "reported as the actor's own, not forwarded");
                    expectStatus(s, w, InitiativeStatus.SUBMITTED);
                });

        // --- the jury scores approved entries only ---
        with("jury.scoreApproved", Extra.ENTRY_APPROVED, false, (s, w, a) -> {
            s.jury().score(a, w.entry(), 8, "Well done.");
            return null;
        }, (s, w, a, r) -> expect(s.data().scorers(w.entry()).equals(List.of(a)), "the actor's score"));
        with("jury.scorePending", Extra.ENTRY_PENDING, false, (s, w, a) -> {
            s.jury().score(a, w.entry(), 8, "Too early.");
            return null;
        }, (s, w, a, r) -> expect(s.data().scorers(w.entry()).equals(List.of(a)), "the actor's score"));

        // --- accounts and notifications ---
        read("accounts.accounts", (s, w, a) -> s.accounts().accounts(a, w.ownerEmail(), 1),
                (s, w, a, r) -> expect(((AccountPage) r).items().stream().map(AccountSummary::id).toList()
                        .equals(List.of(w.owner())), "the owner's account found"));
        change("accounts.setRoles", (s, w, a) -> s.accounts().setRoles(a, w.bystander(),
                        Set.of(Role.CONTRIBUTOR, Role.REVIEWER)),
                (s, w, a, r) -> expect(s.data().accountOf(w.bystander()).hasRole(Role.REVIEWER), "now a reviewer"));
        // Everybody tries to make themselves administrator (a visitor names the bystander).
        change("accounts.setOwnRolesToAdmin", (s, w, a) -> s.accounts().setRoles(a, a == null ? w.bystander() : a,
                        Set.of(Role.CONTRIBUTOR, Role.ADMINISTRATOR)),
                (s, w, a, r) -> expect(s.data().accountOf(a).hasRole(Role.ADMINISTRATOR), "an administrator"));
        read("accounts.profile", (s, w, a) -> s.accounts().profile(a),
                (s, w, a, r) -> expect(((Profile) r).id() == a, "one's own profile"));
        change("accounts.updateProfile", (s, w, a) -> {
            s.accounts().updateProfile(a, "Renamed in the matrix", Language.FR);
            return null;
        }, (s, w, a, r) -> expect("Renamed in the matrix".equals(s.data().accountOf(a).getDisplayName()),
                "renamed"));
        // --- moderation of people ---
        change("moderation.block", (s, w, a) -> s.moderation().block(a, w.bystander(), "Spam in the matrix."),
                (s, w, a, r) -> expect(s.data().isBlocked(w.bystander()), "blocked"));
        with("moderation.unblock", Extra.BYSTANDER_BLOCKED, false, (s, w, a) -> {
            s.moderation().unblock(a, w.bystander());
            return null;
        }, (s, w, a, r) -> expect(!s.data().isBlocked(w.bystander()), "no longer blocked"));
        read("moderation.activity", (s, w, a) -> s.moderation().activity(a, w.owner(), Language.EN),
                (s, w, a, r) -> expect(((AccountActivity) r).initiatives().stream()
                        .anyMatch(i -> i.id() == w.initiative()), "the owner's initiative is listed"));
        change("notifications.markRead", (s, w, a) -> {
            s.notifications().markRead(a, w.notification());
            return null;
        }, (s, w, a, r) -> expect(s.data().isRead(w.notification()), "read"));

        // --- the news back office ---
        news("newsEditor.list", News.DRAFT, true, (s, w, a) -> s.newsEditor().list(a, null, Language.EN),
                (s, w, a, r) -> expect(((List<?>) r).stream().anyMatch(e -> ((EditorRow) e).id() == w.news()),
                        "the item is listed"));
        news("newsEditor.load", News.DRAFT, true, (s, w, a) -> s.newsEditor().load(a, w.news()),
                (s, w, a, r) -> expect(w.news().equals(((NewsForm) r).getId()), "the form of the item"));
        news("newsEditor.create", News.NONE, false, (s, w, a) -> s.newsEditor().create(a,
                        MatrixData.newsForm("Created " + w.title())),
                (s, w, a, r) -> expect(a.equals(s.data().newsItem((Long) r).getAuthorId()), "a draft by the actor"));
        news("newsEditor.preview", News.NONE, true, (s, w, a) -> s.newsEditor().preview(a,
                        MatrixData.newsForm("Previewed " + w.title()), Language.EN),
                (s, w, a, r) -> expect(("Previewed " + w.title()).equals(((NewsDetail) r).card().title()),
                        "the preview"));
        news("newsEditor.save", News.DRAFT, false, (s, w, a) -> s.newsEditor().save(a,
                        s.data().newsFormToSave(w, "Saved " + w.title())),
                (s, w, a, r) -> expect(("Saved " + w.title()).equals(
                        s.data().newsItem(w.news()).textFor(Language.EN).text().getTitle()), "saved"));
        news("newsEditor.publish", News.DRAFT, false, (s, w, a) -> s.newsEditor().publish(a, w.news(),
                        s.data().newsVersion(w.news())),
                (s, w, a, r) -> expectNews(s, w, NewsStatus.PUBLISHED));
        news("newsEditor.schedule", News.DRAFT, false, (s, w, a) -> s.newsEditor().schedule(a, w.news(),
                        s.data().newsVersion(w.news()), LocalDateTime.now().plusDays(3)),
                (s, w, a, r) -> expectNews(s, w, NewsStatus.SCHEDULED));
        news("newsEditor.unpublish", News.PUBLISHED, false, (s, w, a) -> s.newsEditor().unpublish(a, w.news(),
                        s.data().newsVersion(w.news())),
                (s, w, a, r) -> expectNews(s, w, NewsStatus.UNPUBLISHED));
        news("newsEditor.pin", News.DRAFT, false, (s, w, a) -> s.newsEditor().pin(a, w.news(),
                        s.data().newsVersion(w.news()), true),
                (s, w, a, r) -> expect(s.data().newsItem(w.news()).isPinned(), "pinned"));
        news("newsEditor.upload", News.NONE, false, (s, w, a) -> s.newsEditor().upload(a, "cover.png",
                        TestImages.png(40, 30, false)),
                (s, w, a, r) -> expect(s.data().newsImages() > 0, "an image in the library"));
        news("newsEditor.images", News.NONE, true, (s, w, a) -> s.newsEditor().images(a),
                (s, w, a, r) -> expect(r instanceof List<?>, "the library"));

        // --- the audit trail ---
        news("audit.history", News.DRAFT, true, (s, w, a) -> s.audit().history(a, AuditEntry.NEWS, w.news()),
                (s, w, a, r) -> expect(((List<?>) r).stream().anyMatch(e -> ((AuditRow) e).action()
                        == AuditAction.CREATED && w.news().equals(((AuditRow) e).subjectId())), "the creation"));
        read("audit.accountHistory", (s, w, a) -> s.audit().history(a, AuditEntry.ACCOUNT, w.bystander()),
                (s, w, a, r) -> expect(r instanceof List<?>, "the account's history"));
        news("audit.search", News.DRAFT, true, (s, w, a) -> s.audit().search(a, AuditFilter.byActor(w.newsDesk()),
                        1),
                (s, w, a, r) -> {
                    List<AuditAction> actions = ((AuditResults) r).rows().stream().map(AuditRow::action).toList();
                    expect(actions.contains(AuditAction.CREATED), "the news desk's item");
                    expect(actions.contains(AuditAction.SIGNED_IN) == a.equals(w.administrator()),
                            "the sign-in for administrators only: " + actions);
                });

        // --- imports of initiatives from a file ---
        change("imports.check", (s, w, a) -> s.imports().check(a, MatrixData.importFileName(w.title(), "new"),
                        MatrixData.importFile(w.title())),
                (s, w, a, r) -> expect(((ImportReport) r).status() == ImportStatus.CHECKED
                        && ((ImportReport) r).rowsValid() == 1, "checked, one row to import"));
        with("imports.start", Extra.IMPORT_CHECKED, false, (s, w, a) -> s.imports().start(a, w.checkedImport(),
                        ImportMode.DRAFT, w.ownerOrganisation(), null),
                (s, w, a, r) -> expect(s.data().importStatus(w.checkedImport()) != ImportStatus.CHECKED, "started"));
        with("imports.report", Extra.IMPORT_CHECKED, true, (s, w, a) -> s.imports().report(a, w.checkedImport()),
                (s, w, a, r) -> expect(((ImportReport) r).id() == w.checkedImport(), "the report"));
        with("imports.recent", Extra.IMPORT_CHECKED, true, (s, w, a) -> s.imports().recent(a),
                (s, w, a, r) -> expect(((List<?>) r).stream().anyMatch(i -> ((ImportReport) i).id()
                        == w.checkedImport()), "the import is listed"));
        read("imports.organisations", (s, w, a) -> s.imports().organisations(a),
                (s, w, a, r) -> expect(((List<?>) r).stream().anyMatch(o -> ((OrganisationSummary) o).id()
                        == w.ownerOrganisation()), "the owner organisation is offered"));

        // --- managed lists and organisations: administrators ---
        read("taxonomyAdmin.terms", (s, w, a) -> s.taxonomyAdmin().terms(a, TermKind.THEME),
                (s, w, a, r) -> expect(((List<?>) r).stream().anyMatch(t -> ((TermRow) t).id()
                        == s.data().term(w, "c") && ((TermRow) t).retired()), "the world's retired theme"));
        change("taxonomyAdmin.add", (s, w, a) -> s.taxonomyAdmin().add(a, TermKind.THEME, new TermForm(
                        w.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-d", "Ն", "Added", "Ajouté",
                        "Добавлена")),
                (s, w, a, r) -> expect(s.data().termLine(w, "d").contains("Ajouté"), "a new theme"));
        change("taxonomyAdmin.rename", (s, w, a) -> {
            long id = s.data().term(w, "a");
            s.taxonomyAdmin().rename(a, id, s.data().termVersion(id), new TermForm(null, "Ն", "Renamed", "Renommé",
                    "Переименована"));
            return null;
        }, (s, w, a, r) -> expect(s.data().termLine(w, "a").contains("Renommé"), "renamed"));
        change("taxonomyAdmin.move", (s, w, a) -> {
            long id = s.data().term(w, "b");
            s.taxonomyAdmin().move(a, id, s.data().termVersion(id), -1);
            return null;
        }, (s, w, a, r) -> expect(!s.data().termLine(w, "b").contains(" at 900 "), "moved: renumbered"));
        change("taxonomyAdmin.retire", (s, w, a) -> {
            long id = s.data().term(w, "a");
            s.taxonomyAdmin().retire(a, id, s.data().termVersion(id));
            return null;
        }, (s, w, a, r) -> expect(s.data().termLine(w, "a").contains("retired true"), "retired"));
        change("taxonomyAdmin.restore", (s, w, a) -> {
            long id = s.data().term(w, "c");
            s.taxonomyAdmin().restore(a, id, s.data().termVersion(id));
            return null;
        }, (s, w, a, r) -> expect(s.data().termLine(w, "c").contains("retired false"), "offered again"));
        change("taxonomyAdmin.merge", (s, w, a) -> {
            long id = s.data().term(w, "a"); // the world's initiative has it
            return s.taxonomyAdmin().merge(a, id, s.data().termVersion(id), s.data().term(w, "b"));
        }, (s, w, a, r) -> expect(s.data().themesOf(w.initiative()).equals(List.of(s.data().termLine(w, "b")
                .split(" ")[1])) && s.data().termLine(w, "a").endsWith("into " + s.data().termLine(w, "b")
                .split(" ")[1]), "the initiative moved to the kept theme"));
        read("organisationAdmin.list", (s, w, a) -> s.organisationAdmin().list(a, new AdminFilter(null, null, null,
                        w.title().substring("Matrix ".length()), 1)),
                (s, w, a, r) -> expect(((AdminOrganisations) r).total() == 3, "the world's three organisations"));
        change("organisationAdmin.verify", (s, w, a) -> {
            s.organisationAdmin().verify(a, w.partnerOrganisation(),
                    s.data().organisationVersion(w.partnerOrganisation()));
            return null;
        }, (s, w, a, r) -> expect(s.data().isVerified(w.partnerOrganisation()), "verified"));
        with("organisationAdmin.unverify", Extra.AUTHORITY_VERIFIED, false, (s, w, a) -> {
            s.organisationAdmin().unverify(a, w.partnerOrganisation(),
                    s.data().organisationVersion(w.partnerOrganisation()));
            return null;
        }, (s, w, a, r) -> expect(!s.data().isVerified(w.partnerOrganisation()), "no longer verified"));
        change("organisationAdmin.merge", (s, w, a) -> s.organisationAdmin().merge(a, w.otherOrganisation(),
                        s.data().organisationVersion(w.otherOrganisation()), w.ownerOrganisation()),
                (s, w, a, r) -> expect(!s.data().organisationExists(w.otherOrganisation())
                        && s.data().isMember(w.other(), w.ownerOrganisation()), "the duplicate's member moved"));

        // --- peer exchange: useful marks and replications ---
        change("exchange.markUseful", (s, w, a) -> s.exchange().markUseful(a, w.initiative(), true),
                (s, w, a, r) -> expect(s.data().usefulMarks(w.initiative()).equals(List.of(a)) && (Integer) r == 1,
                        "one mark, the actor's"));
        with("exchange.replicable", Extra.PEER_INITIATIVE, true, (s, w, a) -> s.exchange().replicable(a, w.peer(),
                        Language.EN),
                (s, w, a, r) -> expect(((List<?>) r).stream().anyMatch(i -> ((ReplicableInitiative) i).id()
                        == w.initiative()) == (a == w.owner()), "the world's initiative offered to its owner only"));
        with("exchange.link", Extra.PEER_INITIATIVE, false, (s, w, a) -> {
            s.exchange().link(a, w.initiative(), w.peer(), "Adapted by " + w.title());
            return null;
        }, (s, w, a, r) -> expect(s.data().replications(w.initiative()).equals(List.of(w.initiative() + ">"
                + w.peer())), "linked as the peer's replication"));
        with("exchange.linkJoined", Extra.PEER_INITIATIVE, false, (s, w, a) -> {
            s.exchange().link(a, w.initiative(), w.peer(), "Adapted by " + w.title());
            return null;
        }, (s, w, a, r) -> expect(s.data().replications(w.initiative()).equals(List.of(w.initiative() + ">"
                + w.peer())), "linked as the peer's replication"));
        with("exchange.unlink", Extra.REPLICATION_LINKED, false, (s, w, a) -> {
            s.exchange().unlink(a, w.initiative(), w.peer());
            return null;
        }, (s, w, a, r) -> expect(s.data().replications(w.initiative()).isEmpty(), "the link is removed"));

        // --- questions and answers ---
        change("discussion.post", (s, w, a) -> s.discussion().post(a, w.initiative(), PostKind.QUESTION, Language.FR,
                        "Comment avez-vous fait ?"),
                (s, w, a, r) -> expect(s.data().posts(w.initiative()).equals(List.of("QUESTION - "
                        + (a == w.owner() ? "team " : "outsider ") + a + " FR Comment avez-vous fait ? ")),
                        "a question of the actor's, of the team for the owner's contributor only"));
        with("discussion.reply", Extra.QUESTION_ASKED, false, (s, w, a) -> s.discussion().reply(a, w.question(),
                        Language.EN, "By mail and posters."),
                (s, w, a, r) -> expect(s.data().posts(w.initiative()).get(1).equals("REPLY re "
                        + (a == w.owner() ? "team " : "outsider ") + a + " EN By mail and posters. "),
                        "a reply, the team's answer for the owner's contributor only"));
        with("discussion.edit", Extra.QUESTION_ASKED, false, (s, w, a) -> {
            s.discussion().edit(a, w.question(), "Corrected by " + a);
            return null;
        }, (s, w, a, r) -> expect(s.data().posts(w.initiative()).get(0).endsWith(" Corrected by " + a + " edited"),
                "corrected and marked as edited"));
        with("discussion.report", Extra.QUESTION_ASKED, false, (s, w, a) -> {
            s.discussion().report(a, w.question(), ReportReason.SPAM, "Reported by " + a);
            return null;
        }, (s, w, a, r) -> expect(s.data().reports(w.question()).equals(List.of(a + " SPAM open")),
                "one open report, the actor's"));

        // --- moderation of questions and answers: reviewers and administrators ---
        with("discussionModeration.queue", Extra.QUESTION_HELD, true, (s, w, a) -> s.discussionModeration()
                        .queue(a, Language.EN),
                (s, w, a, r) -> expect(((List<?>) r).stream().anyMatch(i -> ((ModerationItem) i).postId()
                        == w.question() && ((ModerationItem) i).held()), "the held question is in the queue"));
        with("discussionModeration.waiting", Extra.QUESTION_HELD, true, (s, w, a) -> s.discussionModeration()
                        .waiting(a),
                (s, w, a, r) -> expect((Long) r >= 1, "at least the held question waits"));
        with("discussionModeration.hidden", Extra.QUESTION_HIDDEN, true, (s, w, a) -> s.discussionModeration()
                        .hidden(a, Language.EN),
                (s, w, a, r) -> expect(((List<?>) r).stream().anyMatch(i -> ((ModerationItem) i).postId()
                        == w.question()), "the hidden question is listed"));
        with("discussionModeration.item", Extra.QUESTION_REPORTED, true, (s, w, a) -> s.discussionModeration()
                        .item(a, w.question(), Language.EN),
                (s, w, a, r) -> expect(((Optional<?>) r).map(i -> ((ModerationItem) i).openReports().size() == 1)
                        .orElse(false), "the question with its open report"));
        with("discussionModeration.approve", Extra.QUESTION_HELD, false, (s, w, a) -> {
            s.discussionModeration().approve(a, w.question());
            return null;
        }, (s, w, a, r) -> expect(s.data().moderation(w.initiative()).equals(List.of(w.question() + " shown []")),
                "approved: shown"));
        with("discussionModeration.hide", Extra.QUESTION_REPORTED, false, (s, w, a) -> {
            s.discussionModeration().hide(a, w.question(), "Hidden by " + a);
            return null;
        }, (s, w, a, r) -> expect(s.data().moderation(w.initiative()).equals(List.of(w.question() + " hidden:Hidden by "
                + a + " [" + w.bystander() + " SPAM closed]")), "hidden with the reason, the report closed"));
        with("discussionModeration.restore", Extra.QUESTION_HIDDEN, false, (s, w, a) -> {
            s.discussionModeration().restore(a, w.question());
            return null;
        }, (s, w, a, r) -> expect(s.data().moderation(w.initiative()).equals(List.of(w.question() + " shown []")),
                "shown again"));
        with("discussionModeration.dismissReports", Extra.QUESTION_REPORTED, false, (s, w, a) -> {
            s.discussionModeration().dismissReports(a, w.question());
            return null;
        }, (s, w, a, r) -> expect(s.data().moderation(w.initiative()).equals(List.of(w.question() + " shown ["
                + w.bystander() + " SPAM closed]")), "the report closed, the question shown"));

        // --- translations ---
        change("translations.request", (s, w, a) -> {
            s.translations().request(a, w.initiative(), Language.FR);
            return null;
        }, (s, w, a, r) -> expect(s.data().translations(w.initiative()).equals(List.of("requested FR by " + a)),
                "an open request"));
        with("translations.queue", Extra.TRANSLATION_REQUESTED, true, (s, w, a) -> s.translations().queue(a,
                        Set.of(), Language.EN),
                (s, w, a, r) -> expect(((TranslationQueue) r).rows().stream().anyMatch(q -> q.initiativeId()
                        == w.initiative() && q.language() == Language.FR && q.requests() == 1), "in the queue"));
        read("translations.languages", (s, w, a) -> s.translations().languages(a),
                (s, w, a, r) -> expect(r.equals(a.equals(w.translator()) ? Set.of(Language.FR) : Set.of()),
                        "the languages: " + r));
        change("translations.chooseLanguages", (s, w, a) -> {
            s.translations().chooseLanguages(a, Set.of(Language.RU, Language.FR));
            return null;
        }, (s, w, a, r) -> expect(s.translations().languages(a).equals(Set.of(Language.FR, Language.RU)), "chosen"));
        read("translations.sheet", (s, w, a) -> s.translations().sheet(a, w.initiative(), Language.FR),
                (s, w, a, r) -> expect(((TranslationSheet) r).fields().get(0).original().equals(w.title())
                        && ((TranslationSheet) r).state() == TranslationState.NONE, "the original beside"));
        change("translations.save", (s, w, a) -> s.translations().save(a, w.initiative(), Language.FR,
                        Map.of("title", "Brouillon " + w.title()), 0),
                (s, w, a, r) -> expect(s.data().translations(w.initiative()).equals(List.of("FR published false "
                        + "Brouillon " + w.title() + " from " + ((TranslationSheet) r).sourceVersion()))
                        && s.data().shownTitle(w.initiative(), Language.FR) == null, "a draft readers do not get"));
        change("translations.publish", (s, w, a) -> s.translations().publish(a, w.initiative(), Language.FR,
                        Map.of("title", "Traduit " + w.title(), "summary", "Un résumé."), 0),
                (s, w, a, r) -> expect(("Traduit " + w.title()).equals(s.data().shownTitle(w.initiative(),
                        Language.FR)), "readers of French get it"));
        change("translations.publishJoined", (s, w, a) -> s.translations().publish(a, w.initiative(), Language.FR,
                        Map.of("title", "Traduit " + w.title(), "summary", "Un résumé."), 0),
                (s, w, a, r) -> expect(("Traduit " + w.title()).equals(s.data().shownTitle(w.initiative(),
                        Language.FR)), "readers of French get it"));

        // --- following ---
        change("follows.follow", (s, w, a) -> s.follows().follow(a, FollowTarget.INITIATIVE,
                        Long.toString(w.initiative())),
                (s, w, a, r) -> expect(s.data().follows(w).equals(List.of(a + ":INITIATIVE:" + w.initiative(),
                        a + ":WEEKLY")), "the actor follows it, weekly until chosen: " + s.data().follows(w)));
        change("follows.followDraft", (s, w, a) -> s.follows().follow(a, FollowTarget.INITIATIVE,
                        Long.toString(w.initiative())),
                (s, w, a, r) -> expect(false, "a draft is not followed"));
        with("follows.unfollow", Extra.FOLLOWING, false, (s, w, a) -> {
            s.follows().unfollow(a, FollowTarget.INITIATIVE, Long.toString(w.initiative()));
            return null;
        }, (s, w, a, r) -> expect(s.data().follows(w).size() == 7 && s.data().follows(w).stream()
                .noneMatch(f -> f.startsWith(a + ":")), "only the actor's follow is gone"));
        with("follows.isFollowing", Extra.FOLLOWING, true, (s, w, a) -> s.follows().isFollowing(a,
                        FollowTarget.INITIATIVE, Long.toString(w.initiative())),
                (s, w, a, r) -> expect(Boolean.TRUE.equals(r), "the actor follows it"));
        with("follows.following", Extra.FOLLOWING, true, (s, w, a) -> s.follows().following(a, Language.EN),
                (s, w, a, r) -> expect(((Following) r).follows().stream().map(FollowRow::key).toList()
                        .equals(List.of(Long.toString(w.initiative()))), "the actor's one follow"));
        change("follows.chooseDelivery", (s, w, a) -> {
            s.follows().chooseDelivery(a, FollowDelivery.DAILY);
            return null;
        }, (s, w, a, r) -> expect(s.data().follows(w).equals(List.of(a + ":DAILY")), "the actor's choice only"));
    }

    /** A row of the table: the action, its world and the designed outcome per actor. */
    record Row(String action, Stage stage, Map<Actor, Outcome> outcomes) {
    }

    static List<Row> rows() {
        return MATRIX.lines().skip(1).filter(l -> !l.isBlank()).map(line -> {
            String[] cells = line.strip().split("\\s+");
            Map<Actor, Outcome> outcomes = new EnumMap<>(Actor.class);
            for (Actor actor : Actor.values()) {
                if (2 + actor.ordinal() < cells.length) {
                    outcomes.put(actor, Outcome.valueOf(cells[2 + actor.ordinal()]));
                }
            }
            if (cells.length != 2 + Actor.values().length && cells.length != 1 + Actor.values().length) {
                throw new IllegalStateException("a row of the matrix has " + cells.length + " cells: " + line);
            }
            return new Row(cells[0], Stage.valueOf(cells[1]), outcomes);
        }).toList();
    }

    // --- the client: one test per cell ---

    /** Payara Micro deploys the archive under its name. */
    private static final String CONTEXT_ROOT = "bepart-services-test";

    @ArquillianResource
    private URL base;

    static Stream<Arguments> cells() {
        return rows().stream().flatMap(row -> Arrays.stream(Actor.values())
                .filter(actor -> row.outcomes().containsKey(actor))
                .map(actor -> Arguments.of(row.action(), actor, row.outcomes().get(actor))));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void cell(String action, Actor actor, Outcome designed) throws Exception {
        String root = base.toExternalForm().replaceFirst("/*$", "/");
        if (base.getPath().isEmpty() || base.getPath().equals("/")) {
            root += CONTEXT_ROOT + "/"; // Payara Micro reports the server, not the application
        }
        URI uri = URI.create(root + MatrixServlet.PATH + "?action=" + URLEncoder.encode(action,
                StandardCharsets.UTF_8) + "&actor=" + actor);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), uri + " answered " + response.statusCode());
        assertEquals("ok", response.body(), action + " as " + actor + " (designed " + designed + ")");
    }

    @Test
    void theTableHasOneRowPerActionAndSignInOnlyForVisitors() {
        List<String> names = rows().stream().map(Row::action).toList();
        assertEquals(List.copyOf(ACTIONS.keySet()), names, "every action once, in the order of the table");
        for (Row row : rows()) {
            for (Actor actor : row.outcomes().keySet()) {
                Outcome outcome = row.outcomes().get(actor);
                assertTrue(actor == Actor.VISITOR ? outcome == Outcome.SIGN_IN || outcome == Outcome.NOT_FOUND
                        : outcome != Outcome.SIGN_IN, row.action() + " as " + actor + ": " + outcome);
            }
        }
    }

    // --- in the server: one cell ---

    /** Tries {@code action} as {@code actor} on a fresh world; null when the cell is as designed, else what is not. */
    static String run(Services s, String action, Actor actor) {
        Row row = rows().stream().filter(r -> r.action().equals(action)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(action));
        Action how = ACTIONS.get(action);
        Outcome designed = row.outcomes().get(actor);
        World w = s.data().world(row.stage(), how.image(), how.news(), how.extras());
        try {
            Long actorId = actor.id(w);
            String before = s.data().state(w);
            Object result = null;
            Throwable thrown = null;
            try {
                result = how.call().run(s, w, actorId);
            } catch (Throwable t) {
                thrown = t;
            }
            Outcome actual = outcome(result, thrown);
            boolean asDesigned = actual == designed
                    || designed == Outcome.SIGN_IN && actor == Actor.VISITOR && actual == Outcome.REFUSED;
            if (!asDesigned) {
                return action + " as " + actor + ": designed " + designed + ", but "
                        + (actual == null ? "failed with " + trace(thrown) : actual);
            }
            String after = s.data().state(w);
            if (actual == Outcome.ALLOWED) {
                how.effect().check(s, w, actorId, result);
                if (how.read()) {
                    expect(before.equals(after), "a read changed the world:\n" + before + "---\n" + after);
                }
            } else {
                expect(before.equals(after), "a " + actual + " call changed the world:\n" + before + "---\n" + after);
            }
            return null;
        } catch (AssertionError | RuntimeException e) {
            return action + " as " + actor + " (" + designed + "): " + trace(e);
        } finally {
            s.data().hide(w);
        }
    }

    /** The outcome of a call, or null when it failed in a way no outcome names. */
    static Outcome outcome(Object result, Throwable thrown) {
        if (thrown == null) {
            return result instanceof Optional<?> o && o.isEmpty() ? Outcome.NOT_FOUND : Outcome.ALLOWED;
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return Outcome.REFUSED;
            }
            if (t instanceof NotFoundException) {
                return Outcome.NOT_FOUND;
            }
            if (t instanceof OwnOrganisationException) {
                return Outcome.OWN_ORG;
            }
            if (t instanceof InvalidEntryException e && "contest.error.notApproved".equals(e.getMessageKey())) {
                return Outcome.UNAPPROVED;
            }
            if (t instanceof ConstraintViolationException e && thrown instanceof EJBException
                    && refusesNullActor(e)) {
                return Outcome.SIGN_IN;
            }
        }
        return null;
    }

    /** Whether Bean Validation refused exactly the null actor id (the first parameter of every service method). */
    private static boolean refusesNullActor(ConstraintViolationException e) {
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        return !violations.isEmpty() && violations.stream().allMatch(v -> {
            Path.Node last = null;
            for (Path.Node node : v.getPropertyPath()) {
                last = node;
            }
            return v.getInvalidValue() == null && last != null && last.getKind() == ElementKind.PARAMETER
                    && last.as(Path.ParameterNode.class).getParameterIndex() == 0;
        });
    }

    static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("allowed, but not as designed: " + what);
        }
    }

    private static void expectStatus(Services s, World w, InitiativeStatus status) {
        expect(s.data().status(w.initiative()) == status, "status " + status + ", not "
                + s.data().status(w.initiative()));
    }

    private static void expectNews(Services s, World w, NewsStatus status) {
        NewsItem item = s.data().newsItem(w.news());
        expect(item.statusAt(java.time.Instant.now()) == status, "news " + status + ", not "
                + item.statusAt(java.time.Instant.now()));
    }

    private static String trace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String text = out.toString();
        return text.length() > 4000 ? text.substring(0, 4000) + "…" : text;
    }
}
