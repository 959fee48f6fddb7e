package org.bepart.importing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.Party;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.lifecycle.StatusChanged;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.Sector;
import org.bepart.review.Review;
import org.bepart.search.ChangeLog;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saves an import's rows batch by batch, each batch in its own transaction under the import's row lock, recording how
 * far it came in the same transaction: a batch is saved with its progress or not at all. A validated import records
 * each initiative's moves (draft, submitted, under review, validated with the note) and a review with the note;
 * small imports announce each public initiative (index, caches), large ones ask every server to rebuild its index
 * once at the end, as a rebuild from the back office does.
 */
@Stateless
public class ImportWriter {

    /** Imports of at most this many rows announce each initiative; larger ones end with one rebuild. */
    static final int ANNOUNCE_EACH_MAX = 500;
    static final String NOT_SAVED = "import.error.notSaved";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail trail;

    @EJB
    private ChangeLog changeLog;

    @Inject
    private Event<StatusChanged> statusChanged;

    @Inject
    private Event<InitiativeChanged> initiativeChanged;

    @Inject
    private Event<ImportFinished> finished;

    /** The imports started and not finished. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> unfinished() {
        return em.createNamedQuery(ImportRun.FIND_IDS_BY_STATUS, Long.class)
                .setParameter("status", ImportStatus.RUNNING).getResultList();
    }

    /** The file of a running import; null when it is not running (any more). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] content(long importId) {
        ImportRun run = em.find(ImportRun.class, importId);
        ImportFile file = em.find(ImportFile.class, importId);
        return run == null || !run.isRunning() || file == null ? null : file.getContent();
    }

    /** The rules of a row with the managed lists as they are now. */
    static RowRules rules(EntityManager em) {
        Map<TermKind, Set<String>> codes = new EnumMap<>(TermKind.class);
        terms(em).values().forEach(t -> codes.computeIfAbsent(t.getKind(), k -> new HashSet<>()).add(t.getCode()));
        return new RowRules(codes);
    }

    private static Map<String, Term> terms(EntityManager em) {
        Map<String, Term> terms = new HashMap<>();
        em.createNamedQuery(Term.FIND_ALL, Term.class).getResultList()
                .forEach(t -> terms.put(t.getKind() + ":" + t.getCode(), t));
        return terms;
    }

    /**
     * Imports the next {@code size} rows of {@code rows} (the file's rows, in order) after those already done: valid
     * rows become initiatives, a row that became invalid since the check is reported. Returns the rows done after
     * it, or -1 when the import is finished or not running.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int writeBatch(long importId, List<ImportRow> rows, int size) {
        ImportRun run = em.find(ImportRun.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.isRunning()) {
            return -1;
        }
        Instant now = clock.instant();
        Account actor = run.getStartedBy() == null ? null : em.find(Account.class, run.getStartedBy());
        int from = run.getRowsDone();
        int to = Math.min(Math.min(rows.size(), run.getRowsTotal()), from + size);
        if (actor == null || !actor.isActive()) {
            // whoever started it is gone: the rest is not imported, and the report says so
            List<ImportProblem> left = rows.subList(from, to).stream()
                    .map(r -> new ImportProblem(r.number(), null, "import.error.stopped", null)).toList();
            run.progressed(to - from, 0, left);
            return finishWhenDone(run, null, now);
        }
        RowRules rules = rules(em);
        Map<String, Term> terms = terms(em);
        Set<Integer> reported = run.reportedRows();
        List<ImportProblem> problems = new ArrayList<>();
        boolean announceEach = run.getRowsValid() <= ANNOUNCE_EACH_MAX;
        int imported = 0;
        for (ImportRow row : rows.subList(from, to)) {
            RowCheck check = rules.check(row);
            if (check.isValid()) {
                save(check.initiative(), run, actor, terms, announceEach, now);
                imported++;
            } else if (!reported.contains(row.number())) {
                problems.addAll(check.problems());
            }
        }
        run.progressed(to - from, imported, problems);
        return finishWhenDone(run, actor, now);
    }

    /** Reports the next row as not saved (it failed alone) and goes past it; as {@link #writeBatch} returns. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int skipRow(long importId, List<ImportRow> rows) {
        ImportRun run = em.find(ImportRun.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.isRunning()) {
            return -1;
        }
        int next = run.getRowsDone();
        if (next < rows.size() && next < run.getRowsTotal()) {
            run.progressed(1, 0, List.of(new ImportProblem(rows.get(next).number(), null, NOT_SAVED, null)));
        }
        Account actor = run.getStartedBy() == null ? null : em.find(Account.class, run.getStartedBy());
        return finishWhenDone(run, actor, clock.instant());
    }

    private int finishWhenDone(ImportRun run, Account actor, Instant now) {
        if (run.getRowsDone() < run.getRowsTotal()) {
            return run.getRowsDone();
        }
        run.finish(now);
        trail.record(actor, AuditAction.IMPORT_FINISHED, AuditEntry.IMPORT, run.getId(),
                run.getFileName() + ": " + run.getRowsImported() + " of " + run.getRowsTotal() + " rows imported, "
                        + run.getProblemCount() + " problems");
        if (run.getMode() == ImportMode.VALIDATED && run.getRowsValid() > ANNOUNCE_EACH_MAX) {
            changeLog.rebuild();
            finished.fire(new ImportFinished(run.getId()));
        }
        return -1;
    }

    private void save(ImportedInitiative row, ImportRun run, Account actor, Map<String, Term> terms,
                      boolean announceEach, Instant now) {
        Organisation owner = run.getOrganisation();
        Initiative initiative = run.getMode() == ImportMode.DRAFT
                ? new Initiative(row.language(), row.text(), owner, actor, row.level(), now)
                : new Initiative(row.language(), row.text(), row.country(), row.level(), now);
        initiative.locate(row.country(), row.region(), row.municipality(), row.level(), now);
        List<Term> classified = new ArrayList<>();
        row.terms().forEach((kind, codes) -> codes.forEach(code -> classified.add(terms.get(kind + ":" + code))));
        initiative.classify(row.stages(), row.participation(), classified, now);
        initiative.describeHow(row.format(), row.schedule(), now);
        Party civilSociety = row.civilSociety();
        Party authority = row.publicAuthority();
        if (owner != null && owner.sector() == Sector.PUBLIC_AUTHORITY && authority == null) {
            authority = new Party(owner.getName(), null, null);
        } else if (owner != null && owner.sector() != Sector.PUBLIC_AUTHORITY && civilSociety == null) {
            civilSociety = new Party(owner.getName(), null, null);
        }
        initiative.setParties(civilSociety, authority, now);
        initiative.setLinks(row.links(), now);
        em.persist(initiative);
        if (run.getMode() == ImportMode.VALIDATED) {
            em.persist(initiative.moveTo(InitiativeStatus.SUBMITTED, actor, null, now));
            em.persist(initiative.moveTo(InitiativeStatus.UNDER_REVIEW, actor, null, now));
            em.persist(new Review(initiative.getId(), actor, InitiativeStatus.VALIDATED, run.getNote(), List.of(),
                    now));
            em.persist(initiative.moveTo(InitiativeStatus.VALIDATED, actor, run.getNote(), now));
            // the history keeps its first version; nobody else is told (an imported initiative has no members)
            statusChanged.fire(new StatusChanged(initiative.getId(), InitiativeStatus.UNDER_REVIEW,
                    InitiativeStatus.VALIDATED, actor.getId(), run.getNote()));
            if (announceEach) {
                initiativeChanged.fire(new InitiativeChanged(initiative.getId()));
            }
        }
    }
}
