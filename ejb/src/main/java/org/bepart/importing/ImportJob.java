package org.bepart.importing;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.bepart.platform.BackgroundJob;
import org.bepart.platform.DatabaseOutage;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background job of an import: reads the stored file once, then imports {@value #BATCH} rows per transaction,
 * each batch recording how far it came. A batch that cannot be saved is done again row by row, each row alone, so
 * that every row is either fully in or reported. While the database is out of reach it waits and goes on from the
 * last recorded batch; an import left unfinished by a stop is taken up again by {@link ImportRuns}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportJob {

    static final int BATCH = 200;
    private static final long LONGEST_PAUSE_MILLIS = 30_000;
    private static final Logger LOG = Logger.getLogger(ImportJob.class.getName());

    @EJB
    private ImportWriter writer;

    @EJB
    private ImportRuns runs;

    @Asynchronous
    public void run(long importId) {
        runs.runOnce(importId, () -> importAll(importId)); // false: already running on this server
    }

    private void importAll(long importId) {
        BackgroundJob job = runs.jobOf(importId);
        try {
            byte[] content = writer.content(importId);
            if (content == null) {
                return; // finished meanwhile
            }
            List<ImportRow> rows = ImportReader.read(content).rows();
            job.total(rows.size());
            long pause = 1000;
            int done = 0;
            while (done >= 0 && !runs.stopping()) {
                try {
                    done = batch(importId, rows);
                    job.done().set(Math.max(done, 0));
                    pause = 1000;
                } catch (RuntimeException e) {
                    if (!DatabaseOutage.isCause(e)) {
                        throw e;
                    }
                    LOG.warning(() -> "Import " + importId + " waits for the database (" + e + ")");
                    Thread.sleep(pause);
                    pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
                }
            }
            if (done < 0) {
                job.completed(rows.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + importId + " stopped; its progress shows how far it came", e);
        }
    }

    /** One batch, or its rows one by one when it cannot be saved whole; the rows done after it, -1 at the end. */
    private int batch(long importId, List<ImportRow> rows) {
        try {
            return writer.writeBatch(importId, rows, BATCH);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, "Import " + importId + ": a batch was not saved; its rows are saved one by one", e);
        }
        int done = 0;
        for (int i = 0; i < BATCH && done >= 0; i++) {
            try {
                done = writer.writeBatch(importId, rows, 1);
            } catch (RuntimeException e) {
                if (DatabaseOutage.isCause(e)) {
                    throw e;
                }
                done = writer.skipRow(importId, rows);
            }
        }
        return done;
    }
}
