package org.bepart.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.bepart.platform.DataGeneration;
import org.bepart.platform.PublicContent;
import org.bepart.platform.PublicPart;

/**
 * Tells the platform's generations of public data that an initiative changed, once the change is committed, so that
 * cached pages and exports are known to be stale. Lives here so that the platform knows nothing of initiatives.
 */
@ApplicationScoped
public class PublicDataFollower {

    @Inject
    private PublicContent publicContent;

    @Inject
    private DataGeneration dataGeneration;

    public void initiativeChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) InitiativeChanged change) {
        publicContent.changed(PublicPart.INITIATIVES);
        dataGeneration.advance();
    }
}
