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
import org.apache.lucene.facet.FacetsConfig;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeChanged;
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
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The Lucene index of the public initiatives, one per server: the bean that opens it at start-up (rebuilding it when
 * missing or not matching the database) and that callers use. Each committed change of an initiative is applied
 * after its transaction on the server that made it, and by {@link ChangeFollower} from the change log on every
 * server. Each commit records how far the log was applied ({@link #position()}), so a server that was down catches up
 * from there. The work is done by {@link LuceneIndex} (the index's life), {@link IndexDocuments} (what a document
 * holds), {@link IndexSearch} (searching), {@link IndexRebuild} (writing) and {@link RelatedJob} (related lists).
 * Lucene's writer and searchers are thread-safe, so the bean does no locking of its own.
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
    /** A map shows at most this many markers. */
    public static final int MAX_POINTS = 10_000;
    /** Related initiatives kept per initiative. */
    public static final int MAX_RELATED = RelatedInitiatives.KEPT;
    /** Metrics: the time each search of the index takes. */
    public static final String SEARCH_TIMER = "bepart.search";
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @EJB
    private IndexSource source;

    @EJB
    private ChangeLog log;

    @EJB
    private RelatedStore relatedStore;

    @EJB
    private ClusterLocks locks;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private MetricRegistry metrics;

    private ScheduledFuture<?> nightly;
    private LuceneIndex index;
    private IndexSearch searching;
    private IndexRebuild writing;
    private RelatedJob related;

    /**
     * Opens the index, rebuilding it when stale. Without a transaction of its own: a singleton's start-up callback
     * otherwise runs in one, and every batch of the rebuild would pile up in its persistence context.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void open() {
        Map<Language, Analyzer> languages = Analyzers.languages();
        Analyzer perField = Analyzers.perField(languages);
        FacetsConfig facetsConfig = IndexDocuments.facetsConfig();
        try {
            Path path = Path.of(ConfigProvider.getConfig().getOptionalValue(DIRECTORY_KEY, String.class)
                    .orElse("bepart-data/index")).toAbsolutePath();
            index = new LuceneIndex(path, perField);
            searching = new IndexSearch(index, facetsConfig, languages, Analyzers.plain());
            related = new RelatedJob(index, perField, facetsConfig, relatedStore, log, locks, executor);
            writing = new IndexRebuild(index, facetsConfig, source, related);
            // Nightly, the related lists are worked out again, so that they include what was published since.
            nightly = Periodic.dailyAt(scheduler, LocalTime.of(3, 40), "Relating initiatives",
                    related::relateAllInBackground);
            Long stored = index.storedPosition();
            if (index.isStale(source.countPublic(), source::lastUpdate) || stored != null && log.prunedAfter(stored)) {
                LOG.info(() -> "Search index at " + path + " does not match the database: rebuilding it");
                index.setPosition(log.safeStart());
                writing.rebuild();
            } else {
                index.setPosition(stored == null ? log.safeStart() : stored);
                related.loadOrRelateInBackground();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    @PreDestroy
    void close() {
        nightly.cancel(false);
        index.close();
    }

    /** The change log's number up to which every change is applied to this index (gaps included). */
    public long position() {
        return index.position();
    }

    /**
     * Records that every change of the log up to {@code applied} is in the index, committing it unless a rebuild
     * runs (whose own commit then records it).
     */
    public void applied(long applied) {
        if (applied == index.position()) {
            return;
        }
        index.setPosition(applied);
        if (!writing.isRunning()) {
            index.commit();
        }
    }

    /**
     * Rebuilds the whole index from the database; searches keep the old one until the new one is complete.
     * Returns false, doing nothing, when a rebuild is already running.
     */
    public boolean rebuild() {
        return writing.rebuild();
    }

    public boolean isRebuilding() {
        return writing.isRunning();
    }

    /** The rebuild: whether one runs, how far, and the last one completed since start-up. */
    public JobProgress rebuildProgress() {
        return writing.progress();
    }

    /** Working out every related list: whether it runs, how far, and the last time it completed since start-up. */
    public JobProgress relatedProgress() {
        return related.progress();
    }

    /** Initiatives in the index now. */
    public int documentCount() {
        return index.documentCount();
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

    /** Indexes this initiative when it is public, removes it otherwise. */
    public void update(long id) {
        writing.update(id);
    }

    /**
     * One page of hits matching the request (each with the summary's searched words marked), the total, and the
     * facet counts.
     */
    public SearchHits search(SearchRequest request, Language language) {
        long start = System.nanoTime();
        try {
            return searching.search(request, language);
        } finally {
            metrics.timer(Metadata.builder().withName(SEARCH_TIMER).withDescription("Searches of the index")
                    .withUnit(MetricUnits.NANOSECONDS).build()).update(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Every id matching the request, in its order, handed over in chunks: memory stays flat however many match. The
     * whole walk reads one point-in-time view of the index.
     */
    public void forEachChunk(SearchRequest request, Language language, int chunk, Consumer<List<Long>> sink) {
        searching.forEachChunk(request, language, chunk, sink);
    }

    /** Up to {@code count} initiatives like this one, most alike first ({@link RelatedInitiatives}). */
    public List<SearchHits.Hit> related(long id, int count) {
        return related.related(id, count);
    }

    /**
     * Takes the related lists stored by the server that last worked them out, forgetting those of initiatives changed
     * since (worked out again when shown); false when none are stored or the database cannot be read.
     */
    public boolean loadRelated() {
        return related.load();
    }

    /**
     * The located initiatives matching the request, at most {@link #MAX_POINTS}, with their title in the reader's
     * language: read from the index alone.
     */
    public List<MapPoint> points(SearchRequest request, Language language) {
        return searching.points(request, language, MAX_POINTS);
    }

    /** The hits, with their cards, of those of these initiatives that are public, in this order. */
    public List<SearchHits.Hit> byIds(List<Long> ids) {
        return searching.byIds(ids);
    }

    /** An initiative's replications as the index keeps them (none when it is not public): no statement. */
    public ReplicationLinks replicationLinks(long id) {
        return searching.links(id);
    }

    /** The places of those of these initiatives that are public and located, titled in the reader's language. */
    public List<MapPoint> pointsOf(List<Long> ids, Language language) {
        return searching.pointsOf(ids, language);
    }

    /** Titles of the best matches for what is being typed, in the reader's language, for suggestions. */
    public List<Suggestion> suggest(String text, Language language, int count) {
        return searching.suggest(text, language, count);
    }
}
