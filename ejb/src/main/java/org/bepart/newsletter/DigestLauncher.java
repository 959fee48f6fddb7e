package org.bepart.newsletter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Starts the background job of a digest once the digest is committed, so the job finds it. */
@ApplicationScoped
public class DigestLauncher {

    @EJB
    private DigestJob job;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DigestStarted event) {
        job.run(event.digestId());
    }
}
