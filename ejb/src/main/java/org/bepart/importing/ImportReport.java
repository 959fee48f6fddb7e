package org.bepart.importing;

import org.bepart.platform.JobProgress;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An import as the back office shows it: the file, its rows (checked, valid, dealt with, imported), the options it
 * was started with, its progress as a {@link JobProgress} (read from the database, so any server shows it) and the
 * report's lines (empty in lists of imports).
 */
public record ImportReport(long id, String fileName, ImportFormat format, ImportStatus status, int rowsTotal,
                           int rowsValid, int rowsDone, int rowsImported, int problemCount, ImportMode mode,
                           String organisationName, String note, Instant createdAt, Instant startedAt,
                           Instant finishedAt, JobProgress progress, List<ImportLine> problems)
        implements Serializable {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport of(ImportRun run, boolean withProblems) {
        return new ImportReport(run.getId(), run.getFileName(), run.getFormat(), run.getStatus(), run.getRowsTotal(),
                run.getRowsValid(), run.getRowsDone(), run.getRowsImported(), run.getProblemCount(), run.getMode(),
                run.getOrganisation() == null ? null : run.getOrganisation().getName(), run.getNote(),
                run.getCreatedAt(), run.getStartedAt(), run.getFinishedAt(),
                new JobProgress("Import " + run.getId(), run.isRunning(), run.getRowsDone(), run.getRowsTotal(),
                        run.getFinishedAt(), run.getRowsImported()),
                withProblems ? run.getProblems().stream().map(ImportLine::of).toList() : List.of());
    }

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }

    public boolean checked() {
        return status == ImportStatus.CHECKED;
    }

    public boolean done() {
        return status == ImportStatus.DONE;
    }

    /** Whether the report holds fewer lines than problems were found. */
    public boolean shortened() {
        return problems.size() < problemCount;
    }

    /** Rows refused by the checks (valid ones are imported). */
    public int rowsRefused() {
        return rowsTotal - rowsValid;
    }
}
