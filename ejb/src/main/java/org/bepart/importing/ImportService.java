package org.bepart.importing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationSummary;
import org.bepart.platform.Access;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Administrators import initiatives from a CSV or XLSX file with the open data's columns. First a dry run
 * ({@link #check}): every row is checked and nothing but the report is saved; then {@link #start} imports the valid
 * rows in the background, as drafts of an organisation or validated with a reviewer's note. Both are recorded in
 * the audit trail.
 */
@Stateless
public class ImportService {

    /** Imports listed in the back office. */
    public static final int RECENT = 20;
    /** Organisations offered as owners of imported drafts. */
    public static final int ORGANISATIONS_MAX = 5000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail trail;

    @Inject
    private Event<ImportStarted> started;

    /**
     * The dry run of a file: read within bounds ({@link ImportReader}; a file refused as a whole throws
     * {@link ImportException}), every row checked ({@link RowRules}), the report and the file kept for the import.
     */
    public ImportReport check(Long actorId, String fileName, @NotNull byte[] content) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        ImportSheet sheet = ImportReader.read(content);
        RowRules rules = ImportWriter.rules(em);
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportRow row : sheet.rows()) {
            problems.addAll(rules.check(row).problems());
        }
        ImportRun run = new ImportRun(ImportRun.fileName(fileName), sheet.format(), sheet.rows().size(), problems,
                actor, clock.instant());
        em.persist(run);
        em.flush(); // the file refers to the run, which EclipseLink does not know: the run is written first
        em.persist(new ImportFile(run.getId(), content));
        trail.record(actor, AuditAction.IMPORT_CHECKED, AuditEntry.IMPORT, run.getId(), run.getFileName() + ": "
                + run.getRowsTotal() + " rows, " + run.getRowsValid() + " valid, " + run.getProblemCount()
                + " problems");
        return ImportReport.of(run, true);
    }

    /**
     * Starts importing a checked file's valid rows: as drafts of {@code organisationId}, or validated with
     * {@code note}. The job starts once this commits; its progress is read with {@link #report}.
     */
    public ImportReport start(Long actorId, long importId, @NotNull ImportMode mode, Long organisationId,
                              String note) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        ImportRun run = em.find(ImportRun.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFoundException("no import " + importId);
        }
        Organisation organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
        run.start(mode, organisation, note, actor, clock.instant());
        trail.record(actor, AuditAction.IMPORT_STARTED, AuditEntry.IMPORT, importId, run.getFileName() + ": "
                + run.getRowsValid() + " rows as " + mode + (organisation == null ? "" : " of organisation "
                + organisation.getId()));
        started.fire(new ImportStarted(importId));
        return ImportReport.of(run, false);
    }

    /** An import with its report. */
    public ImportReport report(Long actorId, long importId) {
        Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        ImportRun run = em.find(ImportRun.class, importId);
        if (run == null) {
            throw new NotFoundException("no import " + importId);
        }
        return ImportReport.of(run, true);
    }

    /** The latest imports, newest first, without their reports. */
    public List<ImportReport> recent(Long actorId) {
        Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        return em.createNamedQuery(ImportRun.FIND_RECENT, ImportRun.class).setMaxResults(RECENT).getResultList()
                .stream().map(r -> ImportReport.of(r, false)).toList();
    }

    /** The organisations an import's drafts may belong to, by name. */
    public List<OrganisationSummary> organisations(Long actorId) {
        Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        return em.createNamedQuery(Organisation.FIND_ALL, Organisation.class).setMaxResults(ORGANISATIONS_MAX)
                .getResultList().stream().map(OrganisationSummary::of).toList();
    }
}
