package org.bepart.contest;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.language.Language;
import org.bepart.platform.Access;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The jury: reviewers and administrators score the approved entries of contests whose winners are not announced yet,
 * 1 to 10 with a note; one score per juror and entry, which the juror may change until the announcement.
 */
@Stateless
public class JuryService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail trail;

    /** The entries to score, by contest, with the caller's own score and the average of all jurors. */
    public List<JuryRow> entries(Long actorId, Language language) {
        Account juror = juror(actorId);
        List<ContestEntry> entries = em.createNamedQuery(ContestEntry.FIND_APPROVED_OPEN_TO_JURY, ContestEntry.class)
                .getResultList();
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Long> ids = entries.stream().map(ContestEntry::getId).toList();
        Map<Long, List<JuryScore>> all = em.createQuery("SELECT s FROM JuryScore s WHERE s.entryId IN :ids",
                        JuryScore.class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(JuryScore::getEntryId));
        Map<Long, JuryScore> mine = all.values().stream().flatMap(List::stream)
                .filter(s -> s.getJurorId().equals(juror.getId()))
                .collect(Collectors.toMap(JuryScore::getEntryId, Function.identity()));
        return entries.stream().map(e -> {
            List<JuryScore> scores = all.getOrDefault(e.getId(), List.of());
            JuryScore own = mine.get(e.getId());
            return new JuryRow(e.getId(), e.getContest().getId(), e.getContest().textFor(language).getTitle(),
                    e.getParticipantName(), e.getAge(), e.getCategory(), e.getTitle(), e.getMediaKind(),
                    e.getVideoLink(), own == null ? null : own.getScore(), own == null ? null : own.getNote(),
                    JuryScore.average(scores), scores.size());
        }).toList();
    }

    /**
     * Scores an approved entry, or changes the caller's score of it; an entry not approved (waiting or rejected) is
     * refused with {@code contest.error.notApproved}. Every score is in the audit trail.
     */
    public void score(Long actorId, long entryId, Integer score, String note) {
        Account juror = juror(actorId);
        ContestEntry entry = em.find(ContestEntry.class, entryId);
        if (entry == null) {
            throw new NotFoundException("contest entry " + entryId);
        }
        if (score == null) {
            throw new InvalidEntryException("contest.error.score", "no score");
        }
        if (note != null && note.strip().length() > JuryScore.NOTE_MAX) {
            throw new InvalidEntryException("contest.error.tooLong", "note too long");
        }
        List<JuryScore> existing = em.createNamedQuery(JuryScore.FIND_BY_ENTRY_AND_JUROR, JuryScore.class)
                .setParameter("entry", entryId).setParameter("juror", juror.getId()).getResultList();
        if (existing.isEmpty()) {
            em.persist(new JuryScore(entry, juror, score, note, clock.instant()));
        } else {
            existing.get(0).rescore(entry, score, note, clock.instant());
        }
        trail.record(juror, AuditAction.JURY_SCORED, AuditEntry.CONTEST_ENTRY, entryId, "#" + entryId + " "
                + entry.getTitle() + ": " + score);
    }

    private Account juror(Long actorId) {
        return Access.actorWithRole(em, actorId, Role.REVIEWER, Role.ADMINISTRATOR);
    }
}
