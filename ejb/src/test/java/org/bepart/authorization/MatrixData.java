package org.bepart.authorization;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.bepart.discussion.InitiativePost;
import org.bepart.discussion.PostKind;
import org.bepart.discussion.PostReport;
import org.bepart.discussion.ReportReason;
import org.bepart.translation.InitiativeTranslation;
import org.bepart.translation.TranslationRequest;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.contest.Contest;
import org.bepart.contest.ContestEntry;
import org.bepart.contest.ContestText;
import org.bepart.contest.EntryCategory;
import org.bepart.contest.EntryDraft;
import org.bepart.contest.Moderation;
import org.bepart.country.MemberState;
import org.bepart.exchange.Replication;
import org.bepart.follow.Follow;
import org.bepart.follow.FollowSetting;
import org.bepart.follow.FollowTarget;
import org.bepart.importing.ImportFile;
import org.bepart.importing.ImportFormat;
import org.bepart.importing.ImportRun;
import org.bepart.importing.ImportStatus;
import org.bepart.initiative.Attachment;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.PartnerInvitation;
import org.bepart.initiative.Perspective;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.media.MediaService;
import org.bepart.media.TestImages;
import org.bepart.news.NewsEditorService;
import org.bepart.news.NewsCategory;
import org.bepart.news.NewsForm;
import org.bepart.news.NewsItem;
import org.bepart.news.NewsStatus;
import org.bepart.notification.Notification;
import org.bepart.notification.NotificationKind;
import org.bepart.account.MembershipInvitation;
import org.bepart.account.TestAccounts;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;
import org.bepart.language.LocalizedName;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;
import org.bepart.lifecycle.InitiativeChanged;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A fresh world for one cell of the authorization matrix, written directly as entities (and through the lifecycle
 * where a status needs its transitions): the owner organisation (civil society) with its contributor, another
 * civil-society organisation with its contributor, a municipality invited as partner with its member, a reviewer, an
 * editor, an administrator, an account nobody has touched, one initiative of the owner, a notification of the owner's
 * contributor and, when asked, an image, a news item and the {@link Extra extras}.
 */
@Stateless
public class MatrixData {

    /** What the initiative of the world has gone through. */
    public enum Stage {
        /** A draft with the owner's view; the municipality is invited (link open), not joined. */
        DRAFT,
        /** A draft the municipality has joined with its view. */
        PARTNERED,
        /** Submitted without the partner; the invitation is open. */
        SUBMITTED,
        /** Joined by the municipality, submitted, hence under review. */
        UNDER_REVIEW
    }

    /** The news item of the world, if any. */
    public enum News { NONE, DRAFT, PUBLISHED }

    /** What else a world may hold. */
    public enum Extra {
        /** The reviewer, the editor and the administrator are also members of the owner organisation. */
        INSIDERS_OWNER,
        /** The reviewer, the editor and the administrator are also members of the partner's municipality. */
        INSIDERS_PARTNER,
        /** The bystander's account is blocked. */
        BYSTANDER_BLOCKED,
        /** An open contest (of the news desk) with one entry waiting for moderation. */
        ENTRY_PENDING,
        /** An open contest (of the news desk) with one approved entry. */
        ENTRY_APPROVED,
        /** A file of one initiative for the owner organisation, checked by the administrator, not yet imported. */
        IMPORT_CHECKED,
        /** The partner's municipality carries the "verified" badge. */
        AUTHORITY_VERIFIED,
        /** The other organisation has a submitted (public) initiative, the peer a replication may link to. */
        PEER_INITIATIVE,
        /** As {@link #PEER_INITIATIVE}, and the world's (submitted) initiative is linked as the peer's replication. */
        REPLICATION_LINKED,
        /** A question by the other organisation's contributor on the world's (submitted) initiative, just written. */
        QUESTION_ASKED,
        /** As {@link #QUESTION_ASKED}, held for a moderator. */
        QUESTION_HELD,
        /** As {@link #QUESTION_ASKED}, reported by the bystander (an open report). */
        QUESTION_REPORTED,
        /** As {@link #QUESTION_ASKED}, hidden by a moderator. */
        QUESTION_HIDDEN,
        /** Every account of the world (the translator too) follows the world's initiative. */
        FOLLOWING,
        /** The bystander asked to read the world's (public) initiative in French: an open request. */
        TRANSLATION_REQUESTED
    }

    public record World(long owner, long other, long partner, long reviewer, long editor, long administrator,
                        long bystander, String ownerEmail, String bystanderEmail, long newsDesk,
                        long ownerOrganisation, long otherOrganisation, long partnerOrganisation,
                        long initiative, String title, String token, Long attachment, Long news,
                        long notification, long membershipInvitation, Long contest, Long entry,
                        Long checkedImport, Long peer, Long question, long translator) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private MediaService media;

    @EJB
    private NewsEditorService editor;

    @EJB
    private AuditTrail trail;

    @Inject
    private Event<InitiativeChanged> changed;

    public World world(Stage stage, boolean withImage, News news, Set<Extra> extras) {
        Instant now = Instant.now();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Account owner = account("Owner " + tag);
        Account other = account("Other " + tag);
        Account partner = account("Partner " + tag);
        Account reviewer = account("Reviewer " + tag, Role.REVIEWER);
        Account editorAccount = account("Editor " + tag, Role.EDITOR);
        Account administrator = account("Administrator " + tag, Role.ADMINISTRATOR);
        Account bystander = account("Bystander " + tag);
        Account newsDesk = account("News desk " + tag, Role.EDITOR);
        Account translator = account("Translator " + tag, Role.TRANSLATOR);
        translator.translateInto(java.util.EnumSet.of(Language.FR));
        Organisation ownerOrganisation = organisation("Owner association " + tag, OrganisationKind.CIVIL_SOCIETY,
                owner);
        Organisation otherOrganisation = organisation("Other association " + tag, OrganisationKind.CIVIL_SOCIETY,
                other);
        Organisation municipality = organisation("Municipality " + tag, OrganisationKind.MUNICIPALITY, partner);
        for (Account insider : List.of(reviewer, editorAccount, administrator)) {
            if (extras.contains(Extra.INSIDERS_OWNER)) {
                insider.join(ownerOrganisation);
            }
            if (extras.contains(Extra.INSIDERS_PARTNER)) {
                insider.join(municipality);
            }
        }
        if (extras.contains(Extra.BYSTANDER_BLOCKED)) {
            bystander.block("Blocked in the matrix.", now);
        }
        if (extras.contains(Extra.AUTHORITY_VERIFIED)) {
            municipality.verify(now);
        }
        // themes of the world's own: two offered, one retired; its initiative has the first
        List<Term> themes = new java.util.ArrayList<>();
        for (String suffix : List.of("a", "b", "c")) {
            Term term = new Term(TermKind.THEME, "matrix-" + tag + "-" + suffix, new LocalizedName("Թ " + suffix,
                    "Theme " + suffix + " " + tag, "Thème " + suffix, "Тема " + suffix), 900);
            if (suffix.equals("c")) {
                term.retire(now);
            }
            em.persist(term);
            themes.add(term);
        }

        String title = "Matrix " + tag;
        Initiative initiative = new Initiative(Language.EN, new InitiativeText(title, "A summary of " + title + ".",
                "Workshops.", null, null, null, null, null), ownerOrganisation, owner, GovernmentLevel.LOCAL, now);
        initiative.describeOwnView(new Perspective("We organised the workshops.", "It went well.", null), now);
        initiative.classify(List.of(), List.of(), List.of(themes.get(0)), now);
        em.persist(initiative);
        em.flush();
        String token = "matrix-token-" + UUID.randomUUID();
        em.persist(new PartnerInvitation(initiative, municipality.getName(), "mayor-" + tag + "@matrix.test",
                hash(token), owner, now));
        if (stage == Stage.PARTNERED || stage == Stage.UNDER_REVIEW) {
            initiative.joinAsPartner(municipality, partner,
                    new Perspective("We hosted the hearings.", "Useful.", "Start earlier."), now);
        }
        em.flush();
        Long attachment = withImage ? media.add(owner.getId(), initiative.getId(), "park.png",
                TestImages.png(40, 30, false), "The park").id() : null;
        if (stage == Stage.SUBMITTED || stage == Stage.UNDER_REVIEW) {
            em.flush();
            lifecycle.submit(owner.getId(), initiative.getId(), initiative.getVersion());
        }
        Notification notification = new Notification(owner.getId(), NotificationKind.STATUS_CHANGED,
                "Something happened to " + title, null, now);
        em.persist(notification);
        // invited to the owner's organisation: an address no account of the world has
        MembershipInvitation invited = new MembershipInvitation(ownerOrganisation, "invited-" + tag + "@matrix.test",
                owner, now);
        em.persist(invited);

        Long newsId = null;
        if (news != News.NONE) {
            newsId = editor.create(newsDesk.getId(), newsForm("News " + tag));
            if (news == News.PUBLISHED) {
                editor.publish(newsDesk.getId(), newsId, em.find(NewsItem.class, newsId).getVersion());
            }
            // something of the news desk that is not editors' work: only administrators read it in the trail
            trail.record(newsDesk, AuditAction.SIGNED_IN, AuditEntry.ACCOUNT, newsDesk.getId(), "matrix");
        }
        Long contestId = null;
        Long entryId = null;
        if (extras.contains(Extra.ENTRY_PENDING) || extras.contains(Extra.ENTRY_APPROVED)) {
            Contest contest = new Contest(Language.EN, new ContestText("Contest " + tag, "About it.", "Rules."),
                    newsDesk, now);
            contest.schedule(now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS), now);
            contest.categorise(List.of(EntryCategory.VIDEO), now);
            contest.publish(now);
            em.persist(contest);
            em.flush();
            ContestEntry entry = contest.admit(new EntryDraft("Participant " + tag, 12, "family-" + tag
                    + "@matrix.test", EntryCategory.VIDEO, "Work " + tag, true, "Guardian " + tag, false,
                    "https://www.youtube.com/watch?v=matrix", false), now);
            em.persist(entry);
            if (extras.contains(Extra.ENTRY_APPROVED)) {
                entry.approve(newsDesk, now);
            }
            em.flush();
            contestId = contest.getId();
            entryId = entry.getId();
        }
        Long checkedImport = null;
        if (extras.contains(Extra.IMPORT_CHECKED)) {
            ImportRun run = new ImportRun(importFileName(title, "checked"), ImportFormat.CSV, 1, List.of(),
                    administrator, now);
            em.persist(run);
            em.flush();
            em.persist(new ImportFile(run.getId(), importFile(title)));
            checkedImport = run.getId();
        }
        Long peerId = null;
        if (extras.contains(Extra.PEER_INITIATIVE) || extras.contains(Extra.REPLICATION_LINKED)) {
            Initiative peer = new Initiative(Language.EN, new InitiativeText("Peer " + title, "A summary of the peer.",
                    "Hearings.", null, null, null, null, null), otherOrganisation, other, GovernmentLevel.LOCAL, now);
            peer.describeOwnView(new Perspective("We held the hearings.", "It went well.", null), now);
            peer.classify(List.of(), List.of(), List.of(themes.get(1)), now);
            em.persist(peer);
            em.flush();
            lifecycle.submit(other.getId(), peer.getId(), peer.getVersion());
            if (extras.contains(Extra.REPLICATION_LINKED)) {
                em.persist(new Replication(initiative, peer, "Adapted in the matrix.", owner.getId(), now));
            }
            peerId = peer.getId();
        }
        Long questionId = null;
        if (extras.contains(Extra.QUESTION_ASKED) || extras.contains(Extra.QUESTION_HELD)
                || extras.contains(Extra.QUESTION_REPORTED) || extras.contains(Extra.QUESTION_HIDDEN)) {
            InitiativePost question = new InitiativePost(initiative.getId(), other.getId(), PostKind.QUESTION,
                    Language.EN, "How did you invite people to " + title + "?", false, now);
            if (extras.contains(Extra.QUESTION_HELD)) {
                question.hold();
            }
            if (extras.contains(Extra.QUESTION_HIDDEN)) {
                question.hide("Hidden in the matrix.", now);
            }
            em.persist(question);
            em.flush();
            questionId = question.getId();
            if (extras.contains(Extra.QUESTION_REPORTED)) {
                em.persist(new PostReport(questionId, bystander.getId(), ReportReason.SPAM, "Reported in the matrix.",
                        now));
            }
        }
        if (extras.contains(Extra.TRANSLATION_REQUESTED)) {
            em.persist(new TranslationRequest(initiative.getId(), Language.FR, bystander.getId(), now));
        }
        if (extras.contains(Extra.FOLLOWING)) {
            for (Account account : List.of(owner, other, partner, reviewer, editorAccount, administrator, bystander,
                    translator)) {
                em.persist(new Follow(account.getId(), FollowTarget.INITIATIVE, initiative.getId().toString(), now));
            }
        }
        em.flush();
        return new World(owner.getId(), other.getId(), partner.getId(), reviewer.getId(), editorAccount.getId(),
                administrator.getId(), bystander.getId(), owner.getEmail(), bystander.getEmail(), newsDesk.getId(),
                ownerOrganisation.getId(), otherOrganisation.getId(), municipality.getId(), initiative.getId(), title,
                token, attachment, newsId, notification.getId(), invited.getId(), contestId, entryId, checkedImport,
                peerId, questionId, translator.getId());
    }

    /** The translations of an initiative (language, published, title, source version) and its open requests. */
    public List<String> translations(long initiative) {
        List<String> lines = new java.util.ArrayList<>(em.createQuery("SELECT t FROM InitiativeTranslation t "
                        + "WHERE t.initiativeId = :id ORDER BY t.language", InitiativeTranslation.class)
                .setParameter("id", initiative).getResultStream().map(t -> t.getLanguage() + " published "
                        + t.isPublished() + " " + t.text("title") + " from " + t.getSourceVersion()).toList());
        em.createQuery("SELECT r.language, r.requesterId FROM TranslationRequest r WHERE r.initiativeId = :id "
                        + "AND r.answeredAt IS NULL ORDER BY r.id", Object[].class).setParameter("id", initiative)
                .getResultStream().forEach(r -> lines.add("requested " + r[0] + " by " + r[1]));
        return lines;
    }

    /** The title readers of {@code language} get, or null when they get the original. */
    public String shownTitle(long initiative, Language language) {
        Initiative i = em.find(Initiative.class, initiative);
        em.refresh(i);
        return i.textFor(language).isFallback() ? null : i.textFor(language).text().getTitle();
    }

    /** The follows and mail deliveries of the world's accounts, as "account:TARGET:key" and "account:DELIVERY". */
    public List<String> follows(World w) {
        List<Long> accounts = List.of(w.owner(), w.other(), w.partner(), w.reviewer(), w.editor(),
                w.administrator(), w.bystander(), w.translator());
        List<String> lines = new java.util.ArrayList<>(em.createQuery("SELECT f FROM Follow f WHERE f.accountId IN"
                + " :accounts ORDER BY f.accountId, f.id", Follow.class).setParameter("accounts", accounts)
                .getResultStream().map(f -> f.getAccountId() + ":" + f.getTarget() + ":" + f.getTargetKey())
                .toList());
        em.createQuery("SELECT s FROM FollowSetting s WHERE s.accountId IN :accounts ORDER BY s.accountId",
                        FollowSetting.class).setParameter("accounts", accounts).getResultStream()
                .forEach(s -> lines.add(s.getAccountId() + ":" + s.getDelivery()));
        return lines;
    }

    /** The accounts that marked the initiative useful. */
    public List<Long> usefulMarks(long initiative) {
        return em.createQuery("SELECT u.accountId FROM UsefulMark u WHERE u.initiativeId = :i ORDER BY u.accountId",
                Long.class).setParameter("i", initiative).getResultList();
    }

    /** The replications the initiative takes part in, as "replicating>original" pairs. */
    public List<String> replications(long initiative) {
        return em.createQuery("SELECT r.initiative.id, r.original.id FROM Replication r WHERE r.initiative.id = :i"
                        + " OR r.original.id = :i ORDER BY r.id", Object[].class).setParameter("i", initiative)
                .getResultStream().map(r -> r[0] + ">" + r[1]).toList();
    }

    /** The posts on the initiative, oldest first, as "kind parent team author language text edited". */
    public List<String> posts(long initiative) {
        return em.createNamedQuery(InitiativePost.FIND_BY_INITIATIVE, InitiativePost.class)
                .setParameter("initiative", initiative).getResultStream().map(p -> p.getKind() + " "
                        + (p.getParentId() == null ? "-" : "re") + " " + (p.isTeam() ? "team" : "outsider") + " "
                        + p.getAuthorId() + " " + p.getLanguage() + " " + p.getText() + " "
                        + (p.getEditedAt() == null ? "" : "edited")).toList();
    }

    /** Each post's moderation: "id held|shown|hidden:reason", and its reports as "reporter REASON open|closed". */
    public List<String> moderation(long initiative) {
        return em.createNamedQuery(InitiativePost.FIND_BY_INITIATIVE, InitiativePost.class)
                .setParameter("initiative", initiative).getResultStream().map(p -> p.getId() + " "
                        + (p.isHidden() ? "hidden:" + p.getHiddenReason() : p.isHeld() ? "held" : "shown") + " "
                        + reports(p.getId())).toList();
    }

    /** The reports of a post as "reporter REASON open|closed", oldest first. */
    public List<String> reports(long postId) {
        return em.createNamedQuery(PostReport.FIND_BY_POSTS, PostReport.class).setParameter("posts", List.of(postId))
                .getResultStream().map(r -> r.getReporterId() + " " + r.getReason() + " "
                        + (r.isOpen() ? "open" : "closed")).toList();
    }

    /** The name of an import file of the world whose initiative is {@code title}. */
    public static String importFileName(String title, String what) {
        return title.replace(' ', '-').toLowerCase(java.util.Locale.ROOT) + "-" + what + ".csv";
    }

    /** An import file of one initiative of the world (for its owner organisation). */
    public static byte[] importFile(String title) {
        return ("title,summary,country,level,language\n\"Imported " + title + "\",A summary.,IE,local,en\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public ImportStatus importStatus(long importId) {
        return em.find(ImportRun.class, importId).getStatus();
    }

    public static NewsForm newsForm(String title) {
        NewsForm form = new NewsForm(Language.EN);
        form.setCategory(NewsCategory.ANNOUNCEMENT);
        form.text(Language.EN).setTitle(title);
        form.text(Language.EN).setBody("<p>About " + title + "</p>");
        return form;
    }

    /** The form of the world's news item as the news desk loaded it, with a new title. */
    public NewsForm newsFormToSave(World w, String title) {
        NewsForm form = editor.load(w.newsDesk(), w.news());
        form.text(Language.EN).setTitle(title);
        return form;
    }

    public int version(long initiativeId) {
        return em.find(Initiative.class, initiativeId).getVersion();
    }

    public int organisationVersion(long organisationId) {
        return em.find(Organisation.class, organisationId).getVersion();
    }

    public int newsVersion(long newsId) {
        return em.find(NewsItem.class, newsId).getVersion();
    }

    public InitiativeStatus status(long initiativeId) {
        return em.find(Initiative.class, initiativeId).getStatus();
    }

    public Initiative initiative(long id) {
        Initiative initiative = em.find(Initiative.class, id);
        initiative.getLinks().size();
        initiative.getStages().size();
        return initiative;
    }

    public Long partnerOf(long initiativeId) {
        Organisation partner = em.find(Initiative.class, initiativeId).getPartner();
        return partner == null ? null : partner.getId();
    }

    public long attachments(long initiativeId) {
        return em.createNamedQuery(Attachment.FIND_BY_INITIATIVE, Attachment.class)
                .setParameter("initiative", em.find(Initiative.class, initiativeId)).getResultList().size();
    }

    public long invitations(long initiativeId) {
        return em.createNamedQuery(PartnerInvitation.FIND_BY_INITIATIVE, PartnerInvitation.class)
                .setParameter("initiative", em.find(Initiative.class, initiativeId)).getResultList().size();
    }

    /** Whether the organisation has an open invitation to {@code email}. */
    public boolean isInvited(String email, long organisationId) {
        return em.createNamedQuery(MembershipInvitation.FIND_OPEN_BY_ORGANISATION, MembershipInvitation.class)
                .setParameter("organisation", em.find(Organisation.class, organisationId))
                .setParameter("now", Instant.now()).getResultStream().anyMatch(i -> i.getEmail().equals(email));
    }

    /** The themes made for the world (and any an administrator added for it), by code. */
    private List<Term> termsOf(World w) {
        return em.createQuery("SELECT t FROM Term t WHERE t.code LIKE :prefix ORDER BY t.code", Term.class)
                .setParameter("prefix", "matrix-" + w.title().substring("Matrix ".length()) + "-%").getResultList();
    }

    /** The id of the world's theme with this suffix: a and b offered, c retired. */
    public long term(World w, String suffix) {
        String code = "matrix-" + w.title().substring("Matrix ".length()) + "-" + suffix;
        return termsOf(w).stream().filter(t -> t.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    /** What the state shows of the world's theme with this suffix. */
    public String termLine(World w, String suffix) {
        return termLine(em.find(Term.class, term(w, suffix)));
    }

    private static String termLine(Term t) {
        return "term " + t.getCode() + " v" + t.getVersion() + " " + t.nameIn(Language.FR) + " at "
                + t.getPosition() + " retired " + t.isRetired() + " into "
                + (t.getMergedInto() == null ? null : t.getMergedInto().getCode());
    }

    /** The codes of the themes of this initiative. */
    public List<String> themesOf(long initiativeId) {
        return em.find(Initiative.class, initiativeId).termsOf(TermKind.THEME).stream().map(Term::getCode).toList();
    }

    public int termVersion(long termId) {
        return em.find(Term.class, termId).getVersion();
    }

    public boolean isVerified(long organisationId) {
        return em.find(Organisation.class, organisationId).isVerified();
    }

    public boolean organisationExists(long organisationId) {
        return em.find(Organisation.class, organisationId) != null;
    }

    public boolean isMember(long accountId, long organisationId) {
        return em.find(Account.class, accountId).isMemberOf(em.find(Organisation.class, organisationId));
    }

    public String organisationName(long organisationId) {
        return em.find(Organisation.class, organisationId).getName();
    }

    public List<Long> initiativesOf(long organisationId) {
        return em.createQuery("SELECT i.id FROM Initiative i WHERE i.owner.id = :o ORDER BY i.id", Long.class)
                .setParameter("o", organisationId).getResultList();
    }

    public Account accountOf(long id) {
        Account account = em.find(Account.class, id);
        account.getRoles().size();
        account.getOrganisations().size();
        return account;
    }

    public boolean isBlocked(long accountId) {
        return em.find(Account.class, accountId).isBlocked();
    }

    public List<Long> scorers(long entryId) {
        return em.createQuery("SELECT s.jurorId FROM JuryScore s WHERE s.entryId = :id ORDER BY s.jurorId", Long.class)
                .setParameter("id", entryId).getResultList();
    }

    public boolean isRead(long notificationId) {
        return em.find(Notification.class, notificationId).isRead();
    }

    public NewsItem newsItem(long id) {
        return em.find(NewsItem.class, id);
    }

    public long newsImages() {
        return em.createQuery("SELECT COUNT(i) FROM NewsImage i", Long.class).getSingleResult();
    }

    /** The news items written by the world's accounts (the news desk, its editor and administrator). */
    public List<NewsItem> newsOf(World w) {
        return em.createQuery("SELECT n FROM NewsItem n WHERE n.authorId IN :authors ORDER BY n.id", NewsItem.class)
                .setParameter("authors", List.of(w.newsDesk(), w.editor(), w.administrator())).getResultList();
    }

    /**
     * Everything in the world a service call could change, as text: a refused call must leave it as it was. Covers
     * the owner's initiatives (content, version, status, partner, files, invitations, reviews), the organisations, the
     * accounts (names, roles, memberships), the notification and the news items of the world's editors.
     */
    public String state(World w) {
        StringBuilder s = new StringBuilder();
        for (long id : initiativesOf(w.ownerOrganisation())) {
            Initiative i = em.find(Initiative.class, id);
            s.append("initiative ").append(id).append(" v").append(i.getVersion()).append(' ').append(i.getStatus())
                    .append(" step ").append(i.getWizardStep()).append(" partner ")
                    .append(i.getPartner() == null ? null : i.getPartner().getId())
                    .append(" title ").append(i.originalText().getTitle())
                    .append(" municipality ").append(i.getMunicipality())
                    .append(" stages ").append(i.getStages())
                    .append(" links ").append(i.getLinks().size())
                    .append(" own ").append(i.getOwnerView() == null ? null : i.getOwnerView().getRole())
                    .append(" partnerView ").append(i.getPartnerView() == null ? null : i.getPartnerView().getRole())
                    .append(" files ").append(attachments(id)).append(" invitations ").append(invitations(id))
                    .append(" reviews ").append(em.createQuery("SELECT COUNT(r) FROM Review r WHERE r.initiativeId"
                            + " = :id", Long.class).setParameter("id", id).getSingleResult())
                    .append('\n');
        }
        for (long id : List.of(w.ownerOrganisation(), w.otherOrganisation(), w.partnerOrganisation())) {
            Organisation o = em.find(Organisation.class, id);
            if (o == null) {
                s.append("organisation ").append(id).append(" removed\n");
                continue;
            }
            s.append("organisation ").append(id).append(" v").append(o.getVersion()).append(' ').append(o.getName())
                    .append(" verified ").append(o.isVerified())
                    .append(" invitations ").append(em.createQuery("SELECT i.email, i.status FROM MembershipInvitation i"
                            + " WHERE i.organisation = :o ORDER BY i.id", Object[].class).setParameter("o", o)
                            .getResultStream().map(java.util.Arrays::toString).toList())
                    .append('\n');
        }
        for (long id : List.of(w.owner(), w.other(), w.partner(), w.reviewer(), w.editor(), w.administrator(),
                w.bystander())) {
            Account a = em.find(Account.class, id);
            s.append("account ").append(id).append(' ').append(a.getDisplayName()).append(' ')
                    .append(a.getRoles().stream().sorted().toList()).append(" organisations ")
                    .append(a.getOrganisations().stream().map(Organisation::getId).sorted().toList())
                    .append(" blocked ").append(a.isBlocked()).append(" epoch ").append(a.getSessionEpoch())
                    .append('\n');
        }
        s.append("notification read ").append(isRead(w.notification())).append('\n');
        s.append("useful marks ").append(usefulMarks(w.initiative())).append(" replications ")
                .append(replications(w.initiative())).append('\n');
        s.append("posts ").append(posts(w.initiative())).append('\n');
        s.append("moderation ").append(moderation(w.initiative())).append('\n');
        s.append("follows ").append(follows(w)).append('\n');
        for (Term t : termsOf(w)) {
            s.append(termLine(t)).append('\n');
        }
        if (w.entry() != null) {
            ContestEntry entry = em.find(ContestEntry.class, w.entry());
            s.append("entry ").append(entry.getModeration()).append(" scores ")
                    .append(em.createQuery("SELECT s.jurorId, s.score FROM JuryScore s WHERE s.entryId = :id "
                            + "ORDER BY s.jurorId", Object[].class).setParameter("id", w.entry()).getResultStream()
                            .map(java.util.Arrays::toString).toList()).append('\n');
        }
        s.append("news images ").append(newsImages()).append('\n');
        s.append("translations ").append(translations(w.initiative())).append(" languages ")
                .append(em.find(Account.class, w.translator()).getTranslationLanguages().stream().sorted().toList())
                .append('\n');
        s.append("imports ").append(em.createQuery("SELECT r.fileName, r.status, r.rowsDone FROM ImportRun r"
                + " WHERE r.fileName LIKE :name ORDER BY r.id", Object[].class)
                .setParameter("name", importFileName(w.title(), "%")).getResultStream()
                .map(java.util.Arrays::toString).toList()).append('\n');
        Instant now = Instant.now();
        for (NewsItem n : newsOf(w)) {
            s.append("news ").append(n.getId()).append(" v").append(n.getVersion()).append(' ')
                    .append(n.statusAt(now)).append(" pinned ").append(n.isPinned()).append(' ')
                    .append(n.textFor(Language.EN).text().getTitle()).append('\n');
        }
        return s.toString();
    }

    /** Hides what the cell made public (initiatives, news), so that other tests' counts stay as they were. */
    public void hide(World w) {
        Instant now = Instant.now();
        List<Long> initiatives = new java.util.ArrayList<>(initiativesOf(w.ownerOrganisation()));
        if (w.peer() != null) {
            initiatives.add(w.peer());
        }
        for (long id : initiatives) {
            Initiative initiative = em.find(Initiative.class, id);
            if (initiative.getStatus().canMoveTo(InitiativeStatus.REJECTED)) {
                initiative.moveTo(InitiativeStatus.REJECTED, now);
            } else if (initiative.getStatus() == InitiativeStatus.VALIDATED) {
                initiative.moveTo(InitiativeStatus.CHANGES_REQUESTED, now);
            }
            changed.fire(new InitiativeChanged(id));
        }
        if (w.contest() != null) {
            Contest contest = em.find(Contest.class, w.contest());
            contest.unpublish(now);
            ContestEntry entry = em.find(ContestEntry.class, w.entry());
            if (entry.getModeration() != Moderation.REJECTED) {
                entry.reject("Left by the matrix.", null, now);
            }
        }
        for (NewsItem n : newsOf(w)) {
            if (n.isPinned()) {
                n.pin(false, now);
            }
            NewsStatus status = n.statusAt(now);
            if (status == NewsStatus.PUBLISHED || status == NewsStatus.SCHEDULED) {
                n.unpublish(now);
            }
        }
    }

    private Account account(String name, Role... roles) {
        return TestAccounts.verified(em, "matrix-" + UUID.randomUUID() + "@bepart.test", name,
                TestAccounts.NO_PASSWORD, Language.EN, roles);
    }

    private Organisation organisation(String name, OrganisationKind kind, Account member) {
        Organisation organisation = new Organisation(name, kind, MemberState.IE, Instant.now());
        em.persist(organisation);
        member.join(organisation);
        return organisation;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
