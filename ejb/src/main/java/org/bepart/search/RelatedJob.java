package org.bepart.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.ScoreDoc;
import org.bepart.cluster.ContentChange;
import org.bepart.platform.BackgroundJob;
import org.bepart.platform.ClusterLocks;
import org.bepart.platform.JobProgress;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * The related-initiatives lists of this server ({@link RelatedInitiatives}) and the background job that works them
 * all out: one server of the cluster does it under a lease and stores them ({@link RelatedStore}); the others take
 * the stored lists, and forget those of initiatives changed since.
 */
final class RelatedJob {

    private static final Logger LOG = Logger.getLogger(RelatedJob.class.getName());
    private static final int BATCH = 500;
    /** The cluster's lease on working out every related list: one server does it, the others take its lists. */
    private static final String LEASE = "related-lists";
    private static final Duration LEASE_LENGTH = Duration.ofMinutes(15);

    private final LuceneIndex index;
    private final RelatedInitiatives related;
    private final RelatedStore store;
    private final ChangeLog log;
    private final ClusterLocks locks;
    private final Executor executor;
    private final BackgroundJob relating = new BackgroundJob("Working out related initiatives");

    RelatedJob(LuceneIndex index, Analyzer analyzer, FacetsConfig facetsConfig, RelatedStore store, ChangeLog log,
               ClusterLocks locks, Executor executor) {
        this.index = index;
        this.related = new RelatedInitiatives(analyzer, facetsConfig);
        this.store = store;
        this.log = log;
        this.locks = locks;
        this.executor = executor;
    }

    /** Up to {@code count} initiatives like this one, most alike first; those no longer in the index left out. */
    List<SearchHits.Hit> related(long id, int count) {
        return index.read("related search failed", searcher -> {
            List<SearchHits.Hit> hits = new ArrayList<>(count);
            for (long other : related.of(searcher, id)) {
                if (hits.size() == count) {
                    break;
                }
                ScoreDoc found = IndexDocuments.byId(searcher, other);
                if (found != null) { // else no longer public
                    hits.add(IndexDocuments.hit(searcher, found, null));
                }
            }
            return hits;
        });
    }

    /** Forgets the lists this committed change of one initiative may have changed. */
    void changed(long id) {
        index.read("cannot update the search index for initiative " + id, searcher -> {
            related.changed(searcher, id);
            return null;
        });
    }

    /**
     * Takes the related lists stored by the server that last worked them out, forgetting those of initiatives changed
     * since (worked out again when shown); false when none are stored or the database cannot be read.
     */
    boolean load() {
        try {
            Map<Long, long[]> stored = store.loadAll();
            if (stored.isEmpty()) {
                return false;
            }
            long since = log.lastRelated();
            related.replace(stored);
            index.read("cannot read the search index", searcher -> {
                long after = since;
                List<ContentChange> changes;
                do {
                    changes = log.after(after, BATCH);
                    for (ContentChange change : changes) {
                        if (change.getKind() == ContentChange.Kind.INITIATIVE && change.getEntityId() != null) {
                            related.changed(searcher, change.getEntityId());
                        }
                        after = change.getId();
                    }
                } while (changes.size() == BATCH);
                return null;
            });
            relating.completed(stored.size());
            LOG.info(() -> "Related initiatives of " + stored.size() + " initiatives taken from the database");
            return true;
        } catch (RuntimeException e) {
            LOG.warning(() -> "Taking the stored related initiatives failed (pages work them out when shown): " + e);
            return false;
        }
    }

    /** Works out every initiative's related list in the background; asked while that runs, it runs once more. */
    void relateAllInBackground() {
        relating.runInBackground(executor, this::relateAll);
    }

    /** Takes the stored lists, or works them all out in the background when none are stored. */
    void loadOrRelateInBackground() {
        executor.execute(() -> {
            if (!load()) {
                relateAllInBackground();
            }
        });
    }

    JobProgress progress() {
        return relating.progress();
    }

    /**
     * Works out every list when this server holds (or takes) the cluster's lease on that job and stores them for the
     * others; while another server holds it, takes the stored lists, and the others' next ones through the log.
     */
    private void relateAll() {
        if (!locks.lease(LEASE, LEASE_LENGTH)) {
            LOG.info("Related initiatives are worked out by another server: this one takes its lists");
            load();
            return;
        }
        long start = System.nanoTime();
        try {
            index.read("cannot read the search index", searcher -> {
                relating.total(searcher.getIndexReader().numDocs());
                int count = related.computeAll(searcher, relating.done());
                store.replaceAll(related.snapshot());
                relating.completed(count);
                LOG.info(() -> "Related initiatives worked out for " + count + " initiatives in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
                return null;
            });
        } catch (UncheckedIOException e) {
            LOG.warning(() -> "Working out related initiatives failed (pages work them out when shown): " + e.getCause());
        } finally {
            // Done: a server started next (this one again, after a restart) works them out afresh, not taking these.
            try {
                locks.release(LEASE);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Could not give up the lease " + LEASE + " (it lapses by itself): " + e);
            }
        }
    }
}
