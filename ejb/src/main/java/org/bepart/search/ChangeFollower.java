package org.bepart.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.bepart.cluster.ContentChange;
import org.bepart.platform.ClusterLocks;
import org.bepart.platform.DatabaseOutage;
import org.bepart.platform.PublicContent;
import org.bepart.platform.PublicPart;
import org.bepart.taxonomy.TermCache;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this server's search index and page cache in step with the change log ({@link ChangeLog}), whichever server
 * made the changes: every {@value #PERIOD_MILLIS} ms it applies the changes numbered above the last one applied, and
 * after a stop it goes on from the position its index recorded. A number skipped in the log may belong to a
 * transaction still running: it is looked for again until {@link ChangeLog#IN_FLIGHT} has passed. One server of the
 * cluster prunes the log every hour, keeping {@code bepart.change-log.keep-days} (7) days.
 */
@Singleton
@Startup
@DependsOn("SearchIndex")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeFollower {

    static final long PERIOD_MILLIS = 500;
    private static final int BATCH = 500;
    /** Gaps looked for at most: beyond that a jump in the numbers is taken as numbers never used. */
    private static final int MAX_GAPS = 1000;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final String PRUNE_LEASE = "change-log-prune";
    private static final Logger LOG = Logger.getLogger(ChangeFollower.class.getName());

    @EJB
    private ChangeLog log;

    @EJB
    private SearchIndex index;

    @Inject
    private PublicContent content;

    @Inject
    private TermCache termCache;

    @EJB
    private ClusterLocks locks;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> polling;
    private volatile LogCursor cursor;
    private volatile Instant lastPoll;
    private volatile boolean caughtUp;
    private volatile long applied;
    private volatile boolean waitingForDatabase;
    private Instant nextPrune = Instant.now();

    @PostConstruct
    void start() {
        cursor = new LogCursor(index.position(), MAX_GAPS, ChangeLog.IN_FLIGHT);
        polling = scheduler.scheduleWithFixedDelay(this::poll, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        polling.cancel(false);
    }

    /** One round: reads and applies what is new; never throws, so the schedule goes on. */
    void poll() {
        try {
            if (index.isRebuilding()) {
                return; // a rebuild started at start-up; the changes meanwhile are applied once it ends
            }
            int read = follow();
            lastPoll = Instant.now();
            caughtUp |= read < BATCH;
            if (waitingForDatabase) {
                waitingForDatabase = false;
                LOG.info("Database reachable again: the search index follows the change log");
            }
            pruneWhenDue();
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                if (!waitingForDatabase) {
                    waitingForDatabase = true;
                    LOG.warning(() -> "Database out of reach: changes reach the search index once it returns (" + e
                            + ")");
                }
            } else {
                LOG.log(Level.WARNING, "Applying the change log failed; tried again shortly", e);
            }
        }
    }

    /**
     * Applies the changes after the current position and the gaps filled meanwhile; returns how many new ones were
     * read. The cursor moves only once they are applied: after a failure the next round reads them again.
     */
    private int follow() {
        Instant now = Instant.now();
        List<ContentChange> changes = new ArrayList<>(log.withIds(cursor.gaps()));
        List<ContentChange> fresh = log.after(cursor.high(), BATCH);
        changes.addAll(fresh);
        boolean rebuild = false;
        boolean related = false;
        boolean terms = false;
        Set<Long> initiatives = new LinkedHashSet<>();
        Set<PublicPart> others = EnumSet.noneOf(PublicPart.class);
        for (ContentChange change : changes) {
            switch (change.getKind()) {
                case REBUILD -> rebuild = true;
                case RELATED -> related = true;
                case NEWS -> others.add(PublicPart.NEWS);
                case EVENT -> others.add(PublicPart.EVENTS);
                case CONTEST -> others.add(PublicPart.CONTESTS);
                case ORGANISATION -> others.add(PublicPart.ORGANISATIONS);
                case TAXONOMY -> terms = true;
                case INITIATIVE -> {
                    if (change.getEntityId() != null) {
                        initiatives.add(change.getEntityId());
                    }
                }
            }
        }
        others.forEach(content::changed);
        if (terms) {
            termCache.forget(); // before the initiatives below are indexed and their pages rendered again
        }
        if (rebuild) {
            LOG.info("Rebuilding the search index, as asked through the change log");
            index.rebuild();
        } else {
            for (long id : initiatives) {
                index.update(id);
            }
        }
        if (related) {
            index.loadRelated();
        }
        if (rebuild || related || terms || !initiatives.isEmpty()) {
            content.changed(PublicPart.INITIATIVES);
        }
        cursor = cursor.after(changes.stream().map(ContentChange::getId).toList(), now);
        applied += changes.size();
        index.applied(cursor.position());
        return fresh.size();
    }

    private void pruneWhenDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextPrune)) {
            return;
        }
        nextPrune = now.plus(PRUNE_EVERY);
        if (locks.lease(PRUNE_LEASE, PRUNE_EVERY.minusMinutes(1))) {
            long days = ConfigProvider.getConfig().getOptionalValue("bepart.change-log.keep-days", Long.class)
                    .orElse(7L);
            int pruned = log.prune(now.minus(Duration.ofDays(days)));
            if (pruned > 0) {
                LOG.info(() -> "Change log: " + pruned + " changes older than " + days + " days pruned");
            }
        }
    }

    /** What readiness and metrics show of the follower: changes applied since start-up, gaps waited for. */
    public record State(boolean caughtUp, Instant lastPoll, long high, long applied, int gaps) {
    }

    public State state() {
        LogCursor now = cursor;
        return new State(caughtUp, lastPoll, now.high(), applied, now.gaps().size());
    }

    /** How many numbers the log has above the last change this server applied (0: in step). */
    public long behind() {
        return Math.max(0, log.last() - cursor.high());
    }
}
