package org.bepart.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The index's life on disk: opened (created when missing) in a directory, its writer and searchers, what each commit
 * records (the document format and how far the change log is applied), the check against the database, and closing.
 */
final class LuceneIndex {

    private static final Logger LOG = Logger.getLogger(LuceneIndex.class.getName());
    private static final String FORMAT_KEY = "format";
    /** Commit data: the change log's number up to which every change is in the index. */
    private static final String POSITION_KEY = "changes";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long position;

    /** Work on one searcher, a point-in-time view of the index. */
    interface Reading<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    LuceneIndex(Path path, Analyzer analyzer) throws IOException {
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
        searchers = new SearcherManager(writer, null);
    }

    IndexWriter writer() {
        return writer;
    }

    /** Runs {@code reading} on the current searcher; an I/O failure is thrown unchecked with {@code failure}. */
    <T> T read(String failure, Reading<T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.read(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(failure, e);
        }
    }

    /** Commits what was written, with the position, and shows it to the next searches. */
    void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    /** The position recorded by the index's last commit; null when there is none (a new or an older index). */
    Long storedPosition() throws IOException {
        String value = commitData(POSITION_KEY);
        return value == null ? null : Long.valueOf(value);
    }

    private String commitData(String key) throws IOException {
        try {
            return SegmentInfos.readLatestCommit(directory).getUserData().get(key);
        } catch (IndexNotFoundException noCommitYet) {
            return null;
        }
    }

    /** Sets the position the next commit records. */
    void setPosition(long applied) {
        position = applied;
        writer.setLiveCommitData(Map.of(FORMAT_KEY, IndexDocuments.FORMAT, POSITION_KEY, Long.toString(applied))
                .entrySet());
    }

    long position() {
        return position;
    }

    /**
     * True when the index is of another format, or holds another number of initiatives, or another last change, than
     * the database ({@code publicCount} and {@code lastUpdate}, null when there is none).
     */
    boolean isStale(long publicCount, Supplier<Instant> lastUpdate) throws IOException {
        if (!IndexDocuments.FORMAT.equals(commitData(FORMAT_KEY))) {
            return true;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            long count = searcher.getIndexReader().numDocs();
            if (count != publicCount) {
                return true;
            }
            if (count == 0) {
                return false;
            }
            TopDocs last = searcher.search(new MatchAllDocsQuery(), 1,
                    new Sort(new SortField(IndexDocuments.UPDATED, SortField.Type.LONG, true)));
            long indexed = (Long) ((FieldDoc) last.scoreDocs[0]).fields[0];
            Instant stored = lastUpdate.get();
            return stored == null || stored.toEpochMilli() != indexed;
        } finally {
            searchers.release(searcher);
        }
    }

    int documentCount() {
        return read("cannot read the search index", searcher -> searcher.getIndexReader().numDocs());
    }

    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warning(() -> "Closing the search index: " + e);
        }
    }
}
