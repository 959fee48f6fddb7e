package org.bepart.platform;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.bepart.search.InitiativeChanged;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that grows whenever public content changes (a committed change of an initiative), so that caches of
 * public pages know their copies are stale. It counts changes on this server only.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublicContent {

    private final AtomicLong generation = new AtomicLong();

    public long generation() {
        return generation.get();
    }

    public void initiativeChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) InitiativeChanged change) {
        generation.incrementAndGet();
    }
}
