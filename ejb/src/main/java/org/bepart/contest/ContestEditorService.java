package org.bepart.contest;

import jakarta.ejb.Stateless;
import org.bepart.account.Account;
import org.bepart.language.Language;
import org.bepart.platform.PublicPart;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.editorial.EditorialService;
import org.bepart.time.InstitutionZone;
import org.bepart.shared.NotFoundException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What editors do with contests: create, edit and publish them, moderate the entries, announce the winners from the
 * jury's averages. Every method requires the editor or administrator role of the caller ({@code actorId}) and records
 * what it changed in the audit trail (subject type {@value #AUDIT_SUBJECT}).
 */
@Stateless
public class ContestEditorService
        extends EditorialService<Contest, ContestText, ContestForm, ContestTextForm, ContestDetail> {

    public static final String AUDIT_SUBJECT = AuditEntry.CONTEST;
    public static final int PLACES = 3;

    public ContestEditorService() {
        super(Contest.class, "contest", AUDIT_SUBJECT, PublicPart.CONTESTS);
    }

    /** Every contest, latest closing first. */
    public List<ContestRow> list(Long actorId, Language language) {
        editor(actorId);
        Instant now = clock.instant();
        Map<Long, Map<Moderation, Long>> counts = em.createQuery("SELECT e.contest.id, e.moderation, COUNT(e) "
                        + "FROM ContestEntry e GROUP BY e.contest.id, e.moderation", Object[].class).getResultList()
                .stream().collect(Collectors.groupingBy(r -> (Long) r[0],
                        Collectors.toMap(r -> (Moderation) r[1], r -> (Long) r[2])));
        return em.createNamedQuery(Contest.FIND_ALL, Contest.class).getResultList().stream().map(c -> {
            Map<Moderation, Long> n = counts.getOrDefault(c.getId(), Map.of());
            return new ContestRow(c.getId(), c.textFor(language).getTitle(), c.getStatus(), c.phaseAt(now),
                    c.getOpensAt(), c.getClosesAt(), n.getOrDefault(Moderation.PENDING, 0L),
                    n.getOrDefault(Moderation.APPROVED, 0L), c.getWinnersAnnouncedAt() != null);
        }).toList();
    }

    public ContestForm load(Long actorId, long id) {
        editor(actorId);
        return ContestForm.of(item(id), InstitutionZone.get());
    }

    /** The entries of a contest (of one moderation state when given), oldest first, with the jury's averages. */
    public List<ModerationRow> entries(Long actorId, long contestId, Moderation state) {
        editor(actorId);
        item(contestId);
        return rows(contestId, state);
    }

    /** The title of a contest in the editor's language, for page headings. */
    public String title(Long actorId, long contestId, Language language) {
        editor(actorId);
        return item(contestId).textFor(language).getTitle();
    }

    public void approve(Long actorId, long entryId) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        ContestEntry entry = entry(entryId);
        entry.approve(editor, now);
        audit(editor, AuditAction.APPROVED, entry.getContest(), entryLabel(entry));
        announce(entry.getContest());
    }

    public void reject(Long actorId, long entryId, String reason) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        ContestEntry entry = entry(entryId);
        entry.reject(reason, editor, now);
        audit(editor, AuditAction.REJECTED, entry.getContest(), entryLabel(entry) + ": " + reason.strip());
        announce(entry.getContest());
    }

    /**
     * Announces the winners: the approved entries with the best jury averages get places 1 to {@code places} (ties
     * go to more scores, then to the earlier entry). Scoring ends; the contest takes no more entries. Returns the
     * winners.
     */
    public List<ModerationRow> announceWinners(Long actorId, long contestId, int places) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        Contest contest = item(contestId);
        List<ModerationRow> ranked = rows(contestId, Moderation.APPROVED).stream()
                .filter(r -> r.average() != null)
                .sorted(Comparator.comparing(ModerationRow::average).reversed()
                        .thenComparing(Comparator.comparing(ModerationRow::scores).reversed())
                        .thenComparing(ModerationRow::submittedAt).thenComparing(ModerationRow::id))
                .limit(Math.max(1, places)).toList();
        if (ranked.isEmpty()) {
            throw new InvalidEntryException("contest.error.noScores", "no scored entry in contest " + contestId);
        }
        contest.announceWinners(now);
        int place = 1;
        for (ModerationRow row : ranked) {
            entry(row.id()).award(place++);
        }
        em.flush();
        audit(editor, AuditAction.WINNERS_ANNOUNCED, contest, ranked.stream().map(r -> r.title() + " ("
                + r.participantName() + ")").collect(Collectors.joining(", ")));
        announce(contest);
        return rows(contestId, Moderation.APPROVED).stream().filter(r -> r.place() != null)
                .sorted(Comparator.comparing(ModerationRow::place)).toList();
    }

    // --- helpers ---

    private List<ModerationRow> rows(long contestId, Moderation state) {
        List<ContestEntry> entries = state == null
                ? em.createNamedQuery(ContestEntry.FIND_BY_CONTEST, ContestEntry.class)
                .setParameter("contest", contestId).getResultList()
                : em.createNamedQuery(ContestEntry.FIND_BY_CONTEST_AND_STATE, ContestEntry.class)
                .setParameter("contest", contestId).setParameter("state", state).getResultList();
        Map<Long, List<JuryScore>> scores = em.createNamedQuery(JuryScore.FIND_BY_CONTEST, JuryScore.class)
                .setParameter("contest", contestId).getResultList().stream()
                .collect(Collectors.groupingBy(JuryScore::getEntryId));
        java.util.Set<String> blocked = blockedSenders(entries);
        return entries.stream().map(e -> {
            List<JuryScore> s = scores.getOrDefault(e.getId(), List.of());
            return new ModerationRow(e.getId(), e.getParticipantName(), e.getAge(), e.getEmail(),
                    e.getGuardianName(), e.getCategory(), e.getTitle(), e.getMediaKind(), e.getVideoLink(),
                    e.getSubmittedAt(), e.getModeration(), e.getRejectionReason(), JuryScore.average(s), s.size(),
                    e.getPlace(), e.getVersion(), e.getEmail() != null
                            && blocked.contains(e.getEmail().toLowerCase(java.util.Locale.ROOT)));
        }).toList();
    }

    /** The addresses of these entries that belong to blocked accounts (their entries are flagged for editors). */
    private java.util.Set<String> blockedSenders(List<ContestEntry> entries) {
        List<String> emails = entries.stream().map(ContestEntry::getEmail).filter(java.util.Objects::nonNull)
                .map(e -> e.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        if (emails.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> blocked = new java.util.HashSet<>();
        for (int from = 0; from < emails.size(); from += 500) {
            blocked.addAll(em.createQuery("SELECT a.email FROM Account a WHERE a.blockedAt IS NOT NULL "
                            + "AND a.email IN :emails", String.class)
                    .setParameter("emails", emails.subList(from, Math.min(emails.size(), from + 500)))
                    .getResultList());
        }
        return blocked;
    }

    private ContestEntry entry(long id) {
        ContestEntry entry = em.find(ContestEntry.class, id);
        if (entry == null) {
            throw new NotFoundException("contest entry " + id);
        }
        return entry;
    }

    private static String entryLabel(ContestEntry entry) {
        return "#" + entry.getId() + " " + entry.getTitle() + " (" + entry.getParticipantName() + ")";
    }

    /** A preview shows the texts and facts; an unsaved contest has no entries. */
    @Override
    protected ContestDetail shown(Contest unsaved, ContestForm form, Account editor, Language language, Instant now) {
        return ContestDetail.of(unsaved, language, now, List.of(), List.of());
    }

    @Override
    protected boolean isPublic(Contest contest, Instant now) {
        return contest.isPublished();
    }

    @Override
    protected Contest build(ContestForm form, Account editor, Instant now) {
        Language original = original(form);
        Contest contest = new Contest(original, text(form.text(original), true), editor, now);
        apply(form, contest, now);
        return contest;
    }

    /** Copies the form into the contest: texts, translations removed when emptied, ages, dates, categories, limits. */
    @Override
    protected void apply(ContestForm form, Contest contest, Instant now) {
        writeTexts(form, contest, now);
        if (form.getMinAge() == null || form.getMaxAge() == null) {
            throw new InvalidEntryException("contest.error.ageRange", "ages missing");
        }
        contest.ages(form.getMinAge(), form.getMaxAge(), now);
        contest.schedule(at(form.getOpensAt()), at(form.getClosesAt()), now);
        if (form.getCategories() == null || form.getCategories().isEmpty()) {
            throw new InvalidEntryException("contest.error.categoriesRequired", "no category");
        }
        contest.categorise(form.getCategories(), now);
        int imageMb = form.getMaxImageMb() == null ? 0 : form.getMaxImageMb();
        int videoMb = form.getMaxVideoMb() == null ? 0 : form.getMaxVideoMb();
        if (imageMb < 1 || imageMb > Limits.IMAGE_MB || videoMb < 0 || videoMb > Limits.VIDEO_MB) {
            throw new InvalidEntryException("contest.error.limits", imageMb + " MB, " + videoMb + " MB");
        }
        contest.limit(imageMb * ContestForm.MB, form.getVideoHosts(), videoMb * ContestForm.MB, now);
    }

    private static Instant at(LocalDateTime local) {
        if (local == null) {
            throw new InvalidEntryException("contest.error.dates", "date missing");
        }
        ZoneId zone = InstitutionZone.get();
        return local.atZone(zone).toInstant();
    }

    @Override
    protected ContestText text(ContestTextForm form, boolean original) {
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw new InvalidEntryException(original ? "contest.error.titleRequired"
                    : "contest.error.translationTitleRequired", "a text without title");
        }
        if (form.getTitle().strip().length() > ContestText.TITLE_MAX
                || form.getDescription() != null && form.getDescription().strip().length() > ContestText.DESCRIPTION_MAX
                || form.getRules() != null && form.getRules().strip().length() > ContestText.RULES_MAX) {
            throw new InvalidEntryException("contest.error.tooLong", "too long");
        }
        return new ContestText(form.getTitle(), form.getDescription(), form.getRules());
    }

    /** The largest limits an editor may set: the upload limits of the web tier. */
    static final class Limits {
        static final int IMAGE_MB = 10;
        static final int VIDEO_MB = 60;

        private Limits() {
        }
    }
}
