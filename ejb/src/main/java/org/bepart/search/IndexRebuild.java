package org.bepart.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.bepart.platform.BackgroundJob;
import org.bepart.platform.JobProgress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Writing the index from the database: the whole of it (a rebuild, one at a time on this server) or one initiative
 * after its change. Searches keep seeing the old index until a rebuild's final commit.
 */
final class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());
    private static final int BATCH = 500;

    private final LuceneIndex index;
    private final FacetsConfig facetsConfig;
    private final IndexSource source;
    private final RelatedJob related;
    private final BackgroundJob rebuilding = new BackgroundJob("Rebuilding the search index");
    private volatile String generation = "0";
    /** Initiatives changed while a rebuild runs; guarded by {@link #publishing}. */
    private final Set<Long> changedMeanwhile = new HashSet<>();
    /** An update and the rebuild's final commit never interleave: guards {@link #deferring}. */
    private final Object publishing = new Object();
    /** True from a rebuild's start to its final commit: updates are then published by that commit. */
    private boolean deferring;

    IndexRebuild(LuceneIndex index, FacetsConfig facetsConfig, IndexSource source, RelatedJob related) {
        this.index = index;
        this.facetsConfig = facetsConfig;
        this.source = source;
        this.related = related;
    }

    /**
     * Rebuilds the whole index. Every document is replaced in place and those the rebuild did not write are removed
     * at its end, so a rebuild that stops half-way (the database went away) leaves whole documents only, never a
     * half index. Returns false, doing nothing, when a rebuild is already running.
     */
    boolean rebuild() {
        return rebuilding.runOnce(this::rebuildNow);
    }

    private void rebuildNow() {
        try {
            IndexWriter writer = index.writer();
            String current = Long.toString(System.currentTimeMillis());
            synchronized (publishing) {
                changedMeanwhile.clear();
                generation = current;
                deferring = true;
            }
            rebuilding.total(source.countPublic());
            long after = 0;
            List<IndexedInitiative> batch;
            do {
                batch = source.batch(after, BATCH);
                for (IndexedInitiative initiative : batch) {
                    // by id: a change applied meanwhile (update) is not indexed twice
                    writer.updateDocument(IndexDocuments.idTerm(initiative.id()),
                            IndexDocuments.of(initiative, current, facetsConfig));
                    after = initiative.id();
                }
                rebuilding.done().addAndGet(batch.size());
            } while (batch.size() == BATCH);
            writer.deleteDocuments(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexDocuments.REBUILD, current)), BooleanClause.Occur.MUST_NOT)
                    .build());
            // One segment: every query then looks each of its terms up once, not once per segment.
            writer.forceMerge(1);
            synchronized (publishing) {
                // A change committed after its batch was read was written by update() and then overwritten with what
                // the batch had read (a rejected initiative back in the index): each is written again as it is now.
                for (Long id : changedMeanwhile) {
                    write(id);
                }
                changedMeanwhile.clear();
                index.commitAndRefresh();
                deferring = false;
            }
            related.relateAllInBackground();
            long indexed = rebuilding.done().get();
            rebuilding.completed(indexed);
            LOG.info(() -> "Search index rebuilt: " + indexed + " initiatives");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index", e);
        } finally {
            synchronized (publishing) {
                deferring = false; // a failed rebuild: updates commit again, as they did before it
            }
        }
    }

    boolean isRunning() {
        return rebuilding.isRunning();
    }

    JobProgress progress() {
        return rebuilding.progress();
    }

    /** Indexes this initiative when it is public, removes it otherwise. */
    void update(long id) {
        try {
            synchronized (publishing) {
                write(id);
                if (deferring) {
                    // the rebuild's final commit publishes this (committing now would show a half index), after
                    // writing it again: the rebuild may have overwritten it with an older read
                    changedMeanwhile.add(id);
                    return;
                }
                index.commitAndRefresh();
            }
            related.changed(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index for initiative " + id, e);
        }
    }

    /** Writes what the database holds of this initiative now: its document, or none when it is not public. */
    private void write(long id) throws IOException {
        Term term = IndexDocuments.idTerm(id);
        Optional<IndexedInitiative> initiative = source.one(id);
        if (initiative.isPresent()) {
            index.writer().updateDocument(term, IndexDocuments.of(initiative.get(), generation, facetsConfig));
        } else {
            index.writer().deleteDocuments(term);
        }
    }
}
