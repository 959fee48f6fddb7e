package org.bepart.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bepart.newsletter.DigestWriter;
import org.bepart.notification.OutboxBacklog;
import org.bepart.search.ChangeFollower;
import org.bepart.search.SearchIndex;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The gauges of {@code /metrics}: the outbox (read from the database at most every {@value #FRESH_SECONDS} s, and -1
 * while it cannot be read), the search index and its change log, and the progress of the background jobs.
 */
@ApplicationScoped
public class ApplicationMetrics {

    static final long FRESH_SECONDS = 5;

    @Inject
    private MetricRegistry metrics;

    @EJB
    private OutboxBacklog outbox;

    @EJB
    private SearchIndex index;

    @EJB
    private ChangeFollower follower;

    @EJB
    private DigestWriter digests;

    private volatile OutboxBacklog.Counts counts;
    private volatile Instant countedAt = Instant.EPOCH;

    void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
        gauge("bepart.outbox.waiting", "Mails in the outbox not sent yet (due now or retried later)",
                () -> outbox().waiting());
        gauge("bepart.outbox.overdue", "Mails waiting more than 15 minutes after they were due",
                () -> outbox().overdue());
        gauge("bepart.outbox.failed", "Mails given up after their last attempt", () -> outbox().failed());
        gauge("bepart.search.documents", "Initiatives in this server's search index", () -> (long) index.documentCount());
        gauge("bepart.changes.applied", "Changes of the change log this server applied since it started",
                () -> follower.state().applied());
        gauge("bepart.changes.behind", "Changes in the log this server has not applied yet (-1: database out of reach)",
                () -> {
                    try {
                        return follower.behind();
                    } catch (RuntimeException e) {
                        return -1L;
                    }
                });
        gauge("bepart.index.rebuild.done", "Initiatives indexed by the running rebuild (0: none runs)",
                () -> index.rebuildProgress().done());
        gauge("bepart.index.rebuild.total", "Initiatives the running rebuild indexes (0: none runs)",
                () -> index.rebuildProgress().total());
        gauge("bepart.related.done", "Initiatives whose related list the running job worked out (0: none runs)",
                () -> index.relatedProgress().done());
        gauge("bepart.related.total", "Initiatives the running related-lists job works on (0: none runs)",
                () -> index.relatedProgress().total());
        gauge("bepart.digests.unfinished", "Newsletter digests whose mails are still being written (-1: unknown)",
                () -> {
                    try {
                        return (long) digests.unfinished().size();
                    } catch (RuntimeException e) {
                        return -1L;
                    }
                });
    }

    private void gauge(String name, String description, Supplier<Long> value) {
        metrics.gauge(Metadata.builder().withName(name).withDescription(description).build(), value);
    }

    private OutboxBacklog.Counts outbox() {
        if (Instant.now().isAfter(countedAt.plus(Duration.ofSeconds(FRESH_SECONDS)))) {
            try {
                counts = outbox.counts();
            } catch (RuntimeException e) {
                counts = new OutboxBacklog.Counts(-1, -1, -1);
            }
            countedAt = Instant.now();
        }
        return counts;
    }
}
