package org.bepart.newsletter;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background job of a digest: writes one outbox mail per confirmed subscriber, {@value #BATCH} subscribers per
 * transaction, recording the progress after each batch. It runs on the server, whoever watches it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestJob {

    static final int BATCH = 25;
    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    @EJB
    private DigestWriter writer;

    @Asynchronous
    public void run(long digestId) {
        try {
            while (writer.writeBatch(digestId, BATCH)) {
                Thread.yield();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Digest " + digestId + " stopped; its progress shows how far it came", e);
        }
    }
}
