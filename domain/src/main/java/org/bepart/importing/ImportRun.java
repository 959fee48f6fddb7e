package org.bepart.importing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.initiative.Transition;
import org.bepart.organisation.Organisation;
import org.bepart.shared.Require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One file imported into the catalogue: checked first (every row validated, nothing saved: the report of refused
 * rows), then imported in batches, each batch recording how far it came in its own transaction, so that any server
 * shows the progress and a stopped import goes on where it stood. The report keeps the first
 * {@value #PROBLEMS_KEPT} problems and counts them all.
 */
@Entity
@Table(name = "import_run")
@NamedQuery(name = ImportRun.FIND_RECENT, query = "SELECT r FROM ImportRun r ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = ImportRun.FIND_IDS_BY_STATUS,
        query = "SELECT r.id FROM ImportRun r WHERE r.status = :status ORDER BY r.id")
public class ImportRun {

    public static final String FIND_RECENT = "ImportRun.findRecent";
    public static final String FIND_IDS_BY_STATUS = "ImportRun.findIdsByStatus";
    public static final int FILE_NAME_MAX = 255;
    public static final int NOTE_MAX = Transition.MESSAGE_MAX;
    /** Problems kept in the report; more are counted only. */
    public static final int PROBLEMS_KEPT = 2000;

    @Id
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportStatus status;

    @NotNull @Size(max = FILE_NAME_MAX)
    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportFormat format;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "rows_valid", nullable = false)
    private int rowsValid;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "rows_imported", nullable = false)
    private int rowsImported;

    @Column(name = "problem_count", nullable = false)
    private int problemCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "import_mode", length = 20)
    private ImportMode mode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Size(max = NOTE_MAX)
    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "started_by")
    private Long startedBy;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Valid
    @ElementCollection
    @CollectionTable(name = "import_problem", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "position")
    private List<ImportProblem> problems = new ArrayList<>();

    protected ImportRun() {
    }

    /** A checked file of {@code rowsTotal} rows (blank rows not counted) and the problems of its refused rows. */
    public ImportRun(String fileName, ImportFormat format, int rowsTotal, Collection<ImportProblem> problems,
                     Account creator, Instant now) {
        this.fileName = Require.maxLength(Require.notBlank(fileName, "file name"), FILE_NAME_MAX, "file name");
        this.format = Require.notNull(format, "format");
        if (rowsTotal < 0) {
            throw new IllegalArgumentException("rows cannot be negative");
        }
        this.rowsTotal = rowsTotal;
        this.rowsValid = rowsTotal - rowsOf(Require.notNull(problems, "problems")).size();
        this.createdBy = Require.notNull(creator, "creator").getId();
        this.createdAt = Require.notNull(now, "now");
        this.status = ImportStatus.CHECKED;
        report(problems);
    }

    /** Shortens a name to what the column holds, keeping its end (the extension). */
    public static String fileName(String name) {
        String plain = name == null || name.isBlank() ? "import" : name.strip();
        return plain.length() <= FILE_NAME_MAX ? plain : plain.substring(plain.length() - FILE_NAME_MAX);
    }

    private static Set<Integer> rowsOf(Collection<ImportProblem> problems) {
        Set<Integer> rows = new TreeSet<>();
        problems.forEach(p -> rows.add(p.getRow()));
        return rows;
    }

    /**
     * Starts importing the checked rows: as drafts of {@code organisation}, or validated with {@code note} (which a
     * validated import needs). Refused once started, and when no row may be imported.
     */
    public void start(ImportMode mode, Organisation organisation, String note, Account actor, Instant now) {
        if (status != ImportStatus.CHECKED) {
            throw new ImportException("import.error.started", String.valueOf(id));
        }
        if (rowsValid == 0) {
            throw new ImportException("import.error.nothingToImport", null);
        }
        this.mode = Require.notNull(mode, "mode");
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw new ImportException("import.error.noteTooLong", Integer.toString(NOTE_MAX));
        }
        if (mode == ImportMode.DRAFT && organisation == null) {
            throw new ImportException("import.error.organisationRequired", null);
        }
        if (mode == ImportMode.VALIDATED && text == null) {
            throw new ImportException("import.error.noteRequired", null);
        }
        this.organisation = mode == ImportMode.DRAFT ? organisation : null;
        this.note = text;
        this.startedBy = Require.notNull(actor, "actor").getId();
        this.startedAt = Require.notNull(now, "now");
        this.status = ImportStatus.RUNNING;
    }

    /** A batch of {@code rows} rows was dealt with: {@code imported} of them saved, the others reported. */
    public void progressed(int rows, int imported, Collection<ImportProblem> newProblems) {
        if (status != ImportStatus.RUNNING) {
            throw new IllegalStateException("import " + id + " is not running");
        }
        if (rows < 0 || imported < 0 || imported > rows || rowsDone + rows > rowsTotal) {
            throw new IllegalArgumentException("rows " + rows + ", imported " + imported + " after " + rowsDone
                    + " of " + rowsTotal);
        }
        rowsDone += rows;
        rowsImported += imported;
        report(newProblems);
    }

    private void report(Collection<ImportProblem> more) {
        problemCount += more.size();
        for (ImportProblem problem : more) {
            if (problems.size() >= PROBLEMS_KEPT) {
                break;
            }
            problems.add(problem);
        }
    }

    /** Every row was dealt with. */
    public void finish(Instant now) {
        if (status == ImportStatus.RUNNING) {
            status = ImportStatus.DONE;
            finishedAt = Require.notNull(now, "now");
        }
    }

    public boolean isRunning() {
        return status == ImportStatus.RUNNING;
    }

    /** The rows the report names (of the problems kept). */
    public Set<Integer> reportedRows() {
        return rowsOf(problems);
    }

    public Long getId() {
        return id;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsValid() {
        return rowsValid;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    public int getRowsImported() {
        return rowsImported;
    }

    public int getProblemCount() {
        return problemCount;
    }

    public ImportMode getMode() {
        return mode;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getNote() {
        return note;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Long getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public List<ImportProblem> getProblems() {
        return Collections.unmodifiableList(problems);
    }
}
