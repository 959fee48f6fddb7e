package org.bepart.importing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.bepart.platform.DataGeneration;
import org.bepart.platform.PublicContent;
import org.bepart.platform.PublicPart;

/**
 * Runs an import once its start is committed, so the job finds it started; after a large import, tells this
 * server's caches of public pages and the exports' data generation (the change log's rebuild tells every server's
 * index and caches).
 */
@ApplicationScoped
public class ImportLauncher {

    @EJB
    private ImportJob job;

    @Inject
    private PublicContent publicContent;

    @Inject
    private DataGeneration dataGeneration;

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportStarted event) {
        job.run(event.importId());
    }

    void finished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportFinished event) {
        publicContent.changed(PublicPart.INITIATIVES);
        dataGeneration.advance();
    }
}
