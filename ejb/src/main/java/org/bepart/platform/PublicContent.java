package org.bepart.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Numbers that grow whenever public content changes, one per {@link PublicPart}, so that caches of public pages know
 * their copies are stale: at once for changes committed on this server (an initiative's, told by
 * {@code org.bepart.lifecycle.PublicDataFollower}; the others by {@link PublicPagesChanged}), when the change log
 * brings those of other servers ({@code ChangeFollower}), and when a scheduled item's time comes
 * ({@code org.bepart.schedule.TimedContent}). A plain bean, not an EJB: the page cache reads it on every request.
 */
@ApplicationScoped
public class PublicContent {

    private static final PublicPart[] PARTS = PublicPart.values();

    private final AtomicLongArray generations = new AtomicLongArray(PARTS.length);

    /** The generation of everything: it changes whenever any part changes. */
    public long generation() {
        long sum = 0;
        for (int i = 0; i < PARTS.length; i++) {
            sum += generations.get(i);
        }
        return sum;
    }

    /** The generation of these parts together: it changes whenever one of them changes. */
    public long generation(Set<PublicPart> parts) {
        long sum = 0;
        for (PublicPart part : parts) {
            sum += generations.get(part.ordinal());
        }
        return sum;
    }

    /** Everything may have changed (on any server). */
    public void changed() {
        for (int i = 0; i < PARTS.length; i++) {
            generations.incrementAndGet(i);
        }
    }

    /** {@code part} changed (on any server). */
    public void changed(PublicPart part) {
        generations.incrementAndGet(part.ordinal());
    }

    /** A change made here was committed. */
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicPagesChanged change) {
        changed(change.part());
    }
}
