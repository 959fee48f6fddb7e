package org.bepart.newsletter;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.bepart.platform.DatabaseOutage;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background job of a digest: writes one outbox mail per confirmed subscriber, {@value #BATCH} subscribers per
 * transaction, recording the progress after each batch. It runs on the server, whoever watches it. While the database
 * is out of reach it waits and goes on from the last recorded batch; a digest left unfinished by a stop is taken up
 * again by {@link DigestRuns}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestJob {

    static final int BATCH = 25;
    private static final long LONGEST_PAUSE_MILLIS = 30_000;
    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    @EJB
    private DigestWriter writer;

    @EJB
    private DigestRuns runs;

    @Asynchronous
    public void run(long digestId) {
        runs.runOnce(digestId, () -> writeAll(digestId)); // false: already running on this server
    }

    private void writeAll(long digestId) {
        try {
            long pause = 1000;
            boolean more = true;
            while (more && !runs.stopping()) {
                try {
                    more = writer.writeBatch(digestId, BATCH);
                    pause = 1000;
                    Thread.yield();
                } catch (RuntimeException e) {
                    if (!DatabaseOutage.isCause(e)) {
                        throw e;
                    }
                    LOG.warning(() -> "Digest " + digestId + " waits for the database (" + e + ")");
                    Thread.sleep(pause);
                    pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Digest " + digestId + " stopped; its progress shows how far it came", e);
        }
    }
}
