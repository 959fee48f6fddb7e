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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.bepart.cluster.ContentChange;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.language.Language;
import org.bepart.platform.BackgroundJob;
import org.bepart.platform.ClusterLocks;
import org.bepart.platform.DatabaseOutage;
import org.bepart.platform.JobProgress;
import org.bepart.platform.Periodic;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The Lucene index of the public initiatives, one per server. Opened at start-up and rebuilt from the database when it
 * is missing or does not match it; each committed change of an initiative is applied after its transaction on the
 * server that made it, and by {@link ChangeFollower} from the change log on every server. Each commit records how far
 * the log was applied ({@link #position()}), so a server that was down catches up from there. Lucene's writer and
 * searchers are thread-safe, so the bean does no locking of its own.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoDataLoader"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    public static final String DIRECTORY_KEY = "bepart.index.dir";
    /** The deepest result a search collects: 500 pages of 20. */
    public static final int MAX_COLLECTED = 10_000;
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    static final String ID = "id";
    private static final String SUBMITTED = "submitted";
    private static final String UPDATED = "updated";
    private static final String ID_SORT = "id_sort";
    private static final String CARD = "card";
    /** The rebuild that last wrote a document: a rebuild's end removes the documents it did not write. */
    private static final String REBUILD = "rebuild";
    private static final String LATITUDE = "latitude";
    private static final String LONGITUDE = "longitude";
    /** A map shows at most this many markers. */
    public static final int MAX_POINTS = 10_000;
    /** Related initiatives kept per initiative. */
    public static final int MAX_RELATED = RelatedInitiatives.KEPT;
    private static final int BATCH = 500;
    /** The cluster's lease on working out every related list: one server does it, the others take its lists. */
    private static final String RELATED_LEASE = "related-lists";
    private static final Duration RELATED_LEASE_LENGTH = Duration.ofMinutes(15);
    /** Raised whenever what a document holds changes: an index of another format is rebuilt at start-up. */
    private static final String FORMAT = "5";
    private static final String FORMAT_KEY = "format";
    /** Commit data: the change log's number up to which every change is in the index. */
    private static final String POSITION_KEY = "changes";

    @EJB
    private IndexSource source;

    @EJB
    private ChangeLog log;

    @EJB
    private RelatedStore relatedStore;

    @EJB
    private ClusterLocks locks;

    private final Map<Language, Analyzer> languages = Analyzers.languages();
    private final Analyzer plain = Analyzers.plain();
    private final TextQuery textQuery = new TextQuery(languages, plain);
    private final Highlighter highlighter = new Highlighter(languages, plain);
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final RelatedInitiatives related = new RelatedInitiatives(Analyzers.perField(languages), facetsConfig);
    private final BackgroundJob relating = new BackgroundJob("Working out related initiatives");

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> nightly;

    @Inject
    private MetricRegistry metrics;

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile FacetState facetState;
    private final BackgroundJob rebuilding = new BackgroundJob("Rebuilding the search index");
    private volatile String rebuildGeneration = "0";
    private volatile long position;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /**
     * Opens the index, rebuilding it when stale. Without a transaction of its own: a singleton's start-up callback
     * otherwise runs in one, and every batch of the rebuild would pile up in its persistence context.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void open() {
        for (Facet facet : Facet.values()) {
            facetsConfig.setMultiValued(facet.dimension(), true);
        }
        try {
            Path path = Path.of(ConfigProvider.getConfig().getOptionalValue(DIRECTORY_KEY, String.class)
                    .orElse("bepart-data/index")).toAbsolutePath();
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField(languages))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
            // Nightly, the related lists are worked out again, so that they include what was published since.
            nightly = Periodic.dailyAt(scheduler, LocalTime.of(3, 40), "Relating initiatives",
                    this::relateAllInBackground);
            Long stored = storedPosition();
            if (isStale() || stored != null && log.prunedAfter(stored)) {
                LOG.info(() -> "Search index at " + path + " does not match the database: rebuilding it");
                setPosition(log.safeStart());
                rebuild();
            } else {
                setPosition(stored == null ? log.safeStart() : stored);
                executor.submit(() -> {
                    if (!loadRelated()) {
                        relateAllInBackground();
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    @PreDestroy
    void close() {
        nightly.cancel(false);
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warning(() -> "Closing the search index: " + e);
        }
    }

    /** The position recorded by the index's last commit; null when there is none (a new or an older index). */
    private Long storedPosition() throws IOException {
        try {
            String value = SegmentInfos.readLatestCommit(directory).getUserData().get(POSITION_KEY);
            return value == null ? null : Long.valueOf(value);
        } catch (IndexNotFoundException noCommitYet) {
            return null;
        }
    }

    private void setPosition(long applied) {
        position = applied;
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, POSITION_KEY, Long.toString(applied)).entrySet());
    }

    /** The change log's number up to which every change is applied to this index (gaps included). */
    public long position() {
        return position;
    }

    /**
     * Records that every change of the log up to {@code applied} is in the index, committing it unless a rebuild
     * runs (whose own commit then records it).
     */
    public void applied(long applied) {
        if (applied == position) {
            return;
        }
        setPosition(applied);
        if (!rebuilding.isRunning()) {
            try {
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot commit the search index", e);
            }
        }
    }

    /**
     * True when the index is of another format, or holds another number of initiatives, or another last change, than
     * the database.
     */
    private boolean isStale() throws IOException {
        try {
            if (!FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY))) {
                return true;
            }
        } catch (IndexNotFoundException noCommitYet) {
            return true;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            long count = searcher.getIndexReader().numDocs();
            if (count != source.countPublic()) {
                return true;
            }
            if (count == 0) {
                return false;
            }
            TopDocs last = searcher.search(new MatchAllDocsQuery(), 1,
                    new Sort(new SortField(UPDATED, SortField.Type.LONG, true)));
            long indexed = (Long) ((FieldDoc) last.scoreDocs[0]).fields[0];
            Instant stored = source.lastUpdate();
            return stored == null || stored.toEpochMilli() != indexed;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Rebuilds the whole index from the database; searches keep the old one until the new one is complete.
     * Every document is replaced in place and those the rebuild did not write are removed at its end, so a rebuild
     * that stops half-way (the database went away) leaves whole documents only, never a half index.
     * Returns false, doing nothing, when a rebuild is already running.
     */
    public boolean rebuild() {
        return rebuilding.runOnce(this::rebuildNow);
    }

    private void rebuildNow() {
        try {
            String generation = Long.toString(System.currentTimeMillis());
            rebuildGeneration = generation;
            rebuilding.total(source.countPublic());
            long after = 0;
            List<IndexedInitiative> batch;
            do {
                batch = source.batch(after, BATCH);
                for (IndexedInitiative initiative : batch) {
                    // by id: a change applied meanwhile (update) is not indexed twice
                    writer.updateDocument(new Term(ID, Long.toString(initiative.id())), document(initiative));
                    after = initiative.id();
                }
                rebuilding.done().addAndGet(batch.size());
            } while (batch.size() == BATCH);
            writer.deleteDocuments(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(REBUILD, generation)), BooleanClause.Occur.MUST_NOT).build());
            // One segment: every query then looks each of its terms up once, not once per segment.
            writer.forceMerge(1);
            writer.commit();
            searchers.maybeRefreshBlocking();
            relateAllInBackground();
            long indexed = rebuilding.done().get();
            rebuilding.completed(indexed);
            LOG.info(() -> "Search index rebuilt: " + indexed + " initiatives");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index", e);
        }
    }

    public boolean isRebuilding() {
        return rebuilding.isRunning();
    }

    /** The rebuild: whether one runs, how far, and the last one completed since start-up. */
    public JobProgress rebuildProgress() {
        return rebuilding.progress();
    }

    /** Working out every related list: whether it runs, how far, and the last time it completed since start-up. */
    public JobProgress relatedProgress() {
        return relating.progress();
    }

    /** Initiatives in the index now. */
    public int documentCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    /**
     * Applies a committed change of one initiative at once: indexes it when public, removes it otherwise. When the
     * database cannot be read just then, {@link ChangeFollower} applies it from the change log once it can.
     */
    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) InitiativeChanged change) {
        try {
            update(change.id());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.warning(() -> "Database out of reach: initiative " + change.id() + " is indexed once it returns");
        }
    }

    public void update(long id) {
        try {
            Term term = new Term(ID, Long.toString(id));
            var initiative = source.one(id);
            if (initiative.isPresent()) {
                writer.updateDocument(term, document(initiative.get()));
            } else {
                writer.deleteDocuments(term);
            }
            if (!rebuilding.isRunning()) {
                // during a rebuild its final commit publishes this too; committing now would show a half index
                writer.commit();
                searchers.maybeRefreshBlocking();
                IndexSearcher searcher = searchers.acquire();
                try {
                    related.changed(searcher, id);
                } finally {
                    searchers.release(searcher);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index for initiative " + id, e);
        }
    }

    private Document document(IndexedInitiative initiative) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(initiative.id()), Field.Store.YES));
        doc.add(new StringField(REBUILD, rebuildGeneration, Field.Store.NO));
        doc.add(new NumericDocValuesField(ID_SORT, initiative.id()));
        doc.add(new StoredField(CARD, initiative.card()));
        RelatedInitiatives.addFields(doc, initiative);
        StringBuilder all = new StringBuilder(initiative.places());
        initiative.texts().forEach((language, text) -> {
            doc.add(new TextField(Analyzers.textField(language), text, Field.Store.NO));
            doc.add(new TextField(Analyzers.titleField(language), initiative.titles().get(language), Field.Store.NO));
            all.append('\n').append(text);
        });
        doc.add(new TextField(Analyzers.PLAIN, all.toString(), Field.Store.NO));
        initiative.titles().forEach((language, title) -> {
            doc.add(new SortedDocValuesField(titleSort(language),
                    new BytesRef(Collator.getInstance(language.locale()).getCollationKey(title).toByteArray())));
            doc.add(new StoredField(shownTitle(language), title));
        });
        if (initiative.latitude() != null && initiative.longitude() != null) {
            doc.add(new StoredField(LATITUDE, initiative.latitude()));
            doc.add(new StoredField(LONGITUDE, initiative.longitude()));
        }
        doc.add(new NumericDocValuesField(SUBMITTED,
                initiative.submittedAt() == null ? 0 : initiative.submittedAt().toEpochMilli()));
        doc.add(new NumericDocValuesField(UPDATED, initiative.updatedAt().toEpochMilli()));
        initiative.facets().forEach((facet, values) -> values.forEach(value ->
                doc.add(new SortedSetDocValuesFacetField(facet.dimension(), value))));
        return facetsConfig.build(doc);
    }

    private static String shownTitle(Language language) {
        return "shown_title_" + language.tag();
    }

    private static String titleSort(Language language) {
        return "title_sort_" + language.tag();
    }

    /** Metrics: the time each search of the index takes. */
    public static final String SEARCH_TIMER = "bepart.search";

    /** One page of ids matching the request, the total, and the facet counts. */
    public SearchHits search(SearchRequest request, Language language) {
        long start = System.nanoTime();
        try {
            return searchIndex(request, language);
        } finally {
            metrics.timer(Metadata.builder().withName(SEARCH_TIMER).withDescription("Searches of the index")
                    .withUnit(MetricUnits.NANOSECONDS).build()).update(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private SearchHits searchIndex(SearchRequest request, Language language) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                if (searcher.getIndexReader().numDocs() == 0) {
                    return new SearchHits(List.of(), 0, Map.of());
                }
                int from = (request.page() - 1) * request.pageSize();
                int collect = Math.min(from + request.pageSize(), MAX_COLLECTED);
                DrillSideways sideways = new DrillSideways(searcher, facetsConfig, facetState(searcher));
                Sort sort = sort(request, language);
                DrillSideways.DrillSidewaysResult result = sort == null ? sideways.search(query(request), collect)
                        : sideways.search(query(request), null, null, collect, sort, false);
                List<SearchHits.Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = result.hits.scoreDocs;
                for (int k = from; k < docs.length; k++) {
                    hits.add(hit(searcher, docs[k]));
                }
                return new SearchHits(hits, result.hits.totalHits.value, counts(result.facets));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * Every id matching the request, in its order, handed over in chunks: memory stays flat however many match. The
     * whole walk reads one point-in-time view of the index.
     */
    public void forEachChunk(SearchRequest request, Language language, int chunk, Consumer<List<Long>> sink) {
        walk(request, language, chunk, (searcher, docs) -> {
            List<Long> ids = new ArrayList<>(docs.length);
            for (ScoreDoc doc : docs) {
                ids.add(id(searcher, doc));
            }
            sink.accept(ids);
            return true;
        });
    }

    /** Up to {@code count} initiatives like this one, most alike first ({@link RelatedInitiatives}). */
    public List<SearchHits.Hit> related(long id, int count) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<SearchHits.Hit> hits = new ArrayList<>(count);
                for (long other : related.of(searcher, id)) {
                    if (hits.size() == count) {
                        break;
                    }
                    ScoreDoc found = byId(searcher, other);
                    if (found != null) { // else no longer public
                        hits.add(hit(searcher, found));
                    }
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("related search failed", e);
        }
    }


    /**
     * Takes the related lists stored by the server that last worked them out, forgetting those of initiatives changed
     * since (worked out again when shown); false when none are stored or the database cannot be read.
     */
    public boolean loadRelated() {
        try {
            Map<Long, long[]> stored = relatedStore.loadAll();
            if (stored.isEmpty()) {
                return false;
            }
            long since = log.lastRelated();
            related.replace(stored);
            IndexSearcher searcher = searchers.acquire();
            try {
                List<ContentChange> changes;
                do {
                    changes = log.after(since, BATCH);
                    for (ContentChange change : changes) {
                        if (change.getKind() == ContentChange.Kind.INITIATIVE && change.getEntityId() != null) {
                            related.changed(searcher, change.getEntityId());
                        }
                        since = change.getId();
                    }
                } while (changes.size() == BATCH);
            } finally {
                searchers.release(searcher);
            }
            relating.completed(stored.size());
            LOG.info(() -> "Related initiatives of " + stored.size() + " initiatives taken from the database");
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Taking the stored related initiatives failed (pages work them out when shown): " + e);
            return false;
        }
    }

    /** Works out every initiative's related list in the background; asked while that runs, it runs once more. */
    private void relateAllInBackground() {
        relating.runInBackground(executor, this::relateAll);
    }

    /**
     * Works out every list when this server holds (or takes) the cluster's lease on that job and stores them for the
     * others; while another server holds it, takes the stored lists, and the others' next ones through the log.
     */
    private void relateAll() {
        if (!locks.lease(RELATED_LEASE, RELATED_LEASE_LENGTH)) {
            LOG.info("Related initiatives are worked out by another server: this one takes its lists");
            loadRelated();
            return;
        }
        long start = System.nanoTime();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                relating.total(searcher.getIndexReader().numDocs());
                int count = related.computeAll(searcher, relating.done());
                relatedStore.replaceAll(related.snapshot());
                relating.completed(count);
                LOG.info(() -> "Related initiatives worked out for " + count + " initiatives in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            LOG.warning(() -> "Working out related initiatives failed (pages work them out when shown): " + e);
        }
    }

    /**
     * The located initiatives matching the request, at most {@link #MAX_POINTS}, with their title in the reader's
     * language: read from the index alone.
     */
    public List<MapPoint> points(SearchRequest request, Language language) {
        List<MapPoint> points = new ArrayList<>();
        Set<String> fields = Set.of(ID, LATITUDE, LONGITUDE, shownTitle(language));
        walk(request, language, 1000, (searcher, docs) -> {
            for (ScoreDoc doc : docs) {
                Document stored = searcher.storedFields().document(doc.doc, fields);
                if (stored.getField(LATITUDE) != null && points.size() < MAX_POINTS) {
                    points.add(new MapPoint(Long.parseLong(stored.get(ID)), stored.get(shownTitle(language)),
                            stored.getField(LATITUDE).numericValue().doubleValue(),
                            stored.getField(LONGITUDE).numericValue().doubleValue()));
                }
            }
            return points.size() < MAX_POINTS;
        });
        return points;
    }

    /** Titles of the best matches for what is being typed, in the reader's language, for suggestions. */
    public List<Suggestion> suggest(String text, Language language, int count) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Suggestion> suggestions = new ArrayList<>();
                Set<String> fields = Set.of(ID, shownTitle(language));
                for (ScoreDoc doc : searcher.search(textQuery.build(text), count).scoreDocs) {
                    Document stored = searcher.storedFields().document(doc.doc, fields);
                    suggestions.add(new Suggestion(Long.parseLong(stored.get(ID)), stored.get(shownTitle(language))));
                }
                return suggestions;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("suggestions failed", e);
        }
    }

    private interface Chunk {
        /** Takes one chunk of results; false stops the walk. */
        boolean take(IndexSearcher searcher, ScoreDoc[] docs) throws IOException;
    }

    /** Walks every match of the request in its order, a chunk at a time, on one point-in-time view of the index. */
    private void walk(SearchRequest request, Language language, int chunk, Chunk sink) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = query(request);
                Sort sort = sort(request, language);
                ScoreDoc after = null;
                while (true) {
                    TopDocs top = sort == null ? searcher.searchAfter(after, query, chunk)
                            : searcher.searchAfter(after, query, chunk, sort);
                    if (top.scoreDocs.length == 0 || !sink.take(searcher, top.scoreDocs)) {
                        return;
                    }
                    after = top.scoreDocs[top.scoreDocs.length - 1];
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private DrillDownQuery query(SearchRequest request) {
        DrillDownQuery query = new DrillDownQuery(facetsConfig, textQuery.build(request.text()));
        request.filters().forEach((facet, values) -> values.forEach(v -> query.add(facet.dimension(), v)));
        return query;
    }

    /** The sort of a request; null for relevance. Ties are broken by id, so that paging is stable. */
    private static Sort sort(SearchRequest request, Language language) {
        SortField byId = new SortField(ID_SORT, SortField.Type.LONG, true);
        return switch (request.effectiveSort()) {
            case RELEVANCE -> null;
            case NEWEST -> new Sort(new SortField(SUBMITTED, SortField.Type.LONG, true), byId);
            case TITLE -> new Sort(new SortField(titleSort(language), SortField.Type.STRING), byId);
        };
    }

    private static SearchHits.Hit hit(IndexSearcher searcher, ScoreDoc doc) throws IOException {
        Document stored = searcher.storedFields().document(doc.doc, Set.of(ID, CARD));
        return new SearchHits.Hit(Long.parseLong(stored.get(ID)), stored.get(CARD));
    }

    /** The document of this initiative, or null when it is not in the index. */
    static ScoreDoc byId(IndexSearcher searcher, long id) throws IOException {
        ScoreDoc[] found = searcher.search(new TermQuery(new Term(ID, Long.toString(id))), 1).scoreDocs;
        return found.length == 0 ? null : found[0];
    }

    static long id(IndexSearcher searcher, ScoreDoc doc) throws IOException {
        return Long.parseLong(searcher.storedFields().document(doc.doc, Set.of(ID)).get(ID));
    }

    private static Map<Facet, List<FacetCount>> counts(Facets facets) throws IOException {
        Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<FacetCount> values = new ArrayList<>();
            try {
                FacetResult result = facets.getTopChildren(1000, facet.dimension());
                if (result != null) {
                    for (LabelAndValue value : result.labelValues) {
                        values.add(new FacetCount(value.label, value.value.longValue()));
                    }
                }
            } catch (IllegalArgumentException dimensionNotIndexed) {
                // no initiative carries this facet yet
            }
            counts.put(facet, List.copyOf(values));
        }
        return counts;
    }

    private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != searcher.getIndexReader()) {
            current = new FacetState(searcher.getIndexReader(),
                    new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig));
            facetState = current;
        }
        return current.state();
    }

    /** The summary with the searched words marked, as safe HTML; null when nothing in it matched. */
    public String highlight(String summary, Language textLanguage, String text) {
        return highlighter.highlight(summary, textLanguage, textQuery.words(text));
    }
}
