package org.bepart.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.bepart.language.Language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import static org.bepart.search.IndexDocuments.ID;
import static org.bepart.search.IndexDocuments.LATITUDE;
import static org.bepart.search.IndexDocuments.LONGITUDE;
import static org.bepart.search.IndexDocuments.shownTitle;

/**
 * Reading the index: a page of hits with their facet counts and the searched words marked in their summaries, in
 * one pass; every match in chunks; map points; suggestions.
 */
final class IndexSearch {

    private final LuceneIndex index;
    private final FacetsConfig facetsConfig;
    private final TextQuery textQuery;
    private final Highlighter highlighter;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    IndexSearch(LuceneIndex index, FacetsConfig facetsConfig, Map<Language, Analyzer> languages, Analyzer plain) {
        this.index = index;
        this.facetsConfig = facetsConfig;
        this.textQuery = new TextQuery(languages, plain);
        this.highlighter = new Highlighter(languages, plain);
    }

    /**
     * Searches of everything (no words, no filters: the home page's figures, the catalogue's first page) kept for the
     * index reader they were made on: at 100,000 initiatives their facet counts cost tens of milliseconds.
     */
    private volatile Unfiltered unfiltered = new Unfiltered(null, new ConcurrentHashMap<>());

    private record Unfiltered(IndexReader reader, Map<String, SearchHits> hits) {
    }

    private static final int UNFILTERED_KEPT = 64;

    /**
     * The words' queries as rewritten for an index reader: rewriting builds the automata of their fuzzy and prefix
     * parts and looks their terms up, a tenth of a fresh search; readers refine a search's filters keeping its words.
     */
    private volatile Rewritten rewritten = new Rewritten(null, new ConcurrentHashMap<>());

    private record Rewritten(IndexReader reader, Map<List<String>, Query> queries) {
    }

    private static final int REWRITTEN_KEPT = 512;

    /**
     * The words' marks for summaries (their one-typo automata, 4 % of a fresh search to build), kept by the words;
     * emptied when full.
     */
    private final Map<List<String>, Highlighter.Marks> marks = new ConcurrentHashMap<>();

    private static final int MARKS_KEPT = 512;

    /**
     * For the index reader they were made on: the doc sets per segment ({@link FacetedSearch.FilterSets}), and the
     * hits of pages (a card read from the stored fields, its summary marked for the words), which searches with the
     * same words and other filters show again.
     */
    private volatile Filtered filtered = new Filtered(null, new FacetedSearch.FilterSets(), new ConcurrentHashMap<>());

    private record Filtered(IndexReader reader, FacetedSearch.FilterSets sets, Map<HitKey, SearchHits.Hit> hits) {
    }

    private record HitKey(int doc, Language reader, List<String> words) {
    }

    /** Hits kept per reader: a card and a summary, a few kilobytes each. Emptied when full. */
    private static final int HITS_KEPT = 4096;

    /** One page of hits matching the request, the total, and the facet counts. */
    SearchHits search(SearchRequest request, Language language) {
        return index.read("search failed", searcher -> {
            if (searcher.getIndexReader().numDocs() == 0) {
                return new SearchHits(List.of(), 0, Map.of());
            }
            if (!request.text().isEmpty() || !request.filters().isEmpty() || request.page() != 1) {
                return search(searcher, request, language);
            }
            Unfiltered kept = unfiltered;
            if (kept.reader() != searcher.getIndexReader()) {
                kept = new Unfiltered(searcher.getIndexReader(), new ConcurrentHashMap<>());
                unfiltered = kept;
            }
            String key = language.tag() + ' ' + request.sort() + ' ' + request.pageSize();
            SearchHits hits = kept.hits().get(key);
            if (hits == null) {
                hits = search(searcher, request, language);
                if (kept.hits().size() < UNFILTERED_KEPT) {
                    kept.hits().put(key, hits);
                }
            }
            return hits;
        });
    }

    private SearchHits search(IndexSearcher searcher, SearchRequest request, Language language) throws IOException {
        int from = (request.page() - 1) * request.pageSize();
        int collect = Math.min(from + request.pageSize(), SearchIndex.MAX_COLLECTED);
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        request.filters().forEach((facet, values) -> filters.put(facet.dimension(), values));
        TextQuery.Words words = textQuery.words(request.text());
        Filtered kept = filtered;
        if (kept.reader() != searcher.getIndexReader()) {
            kept = new Filtered(searcher.getIndexReader(), new FacetedSearch.FilterSets(), new ConcurrentHashMap<>());
            filtered = kept;
        }
        FacetedSearch.Result result = FacetedSearch.search(searcher, facetsConfig, facetState(searcher),
                rewritten(searcher, words), words.plain(), filters, collect, sort(request, language), kept.sets());
        IndexDocuments.Highlight marks = highlight(words, language);
        List<SearchHits.Hit> hits = new ArrayList<>();
        ScoreDoc[] docs = result.top().scoreDocs;
        for (int k = from; k < docs.length; k++) {
            HitKey key = new HitKey(docs[k].doc, language, words.plain());
            SearchHits.Hit hit = kept.hits().get(key);
            if (hit == null) {
                hit = IndexDocuments.hit(searcher, docs[k], marks);
                if (kept.hits().size() >= HITS_KEPT) {
                    kept.hits().clear();
                }
                kept.hits().put(key, hit);
            }
            hits.add(hit);
        }
        return new SearchHits(List.copyOf(hits), result.total(), java.util.Collections.unmodifiableMap(counts(result)));
    }

    /** The query of {@code words}, rewritten for the searcher's reader; kept by the words (a query's hash is dear). */
    private Query rewritten(IndexSearcher searcher, TextQuery.Words words) throws IOException {
        Rewritten kept = rewritten;
        if (kept.reader() != searcher.getIndexReader()) {
            kept = new Rewritten(searcher.getIndexReader(), new ConcurrentHashMap<>());
            rewritten = kept;
        }
        Query done = kept.queries().get(words.plain());
        if (done == null) {
            done = searcher.rewrite(textQuery.build(words));
            if (kept.queries().size() < REWRITTEN_KEPT) {
                kept.queries().put(words.plain(), done);
            }
        }
        return done;
    }

    /** What marks the words in the summaries a reader of {@code language} sees; null: no words. */
    private IndexDocuments.Highlight highlight(TextQuery.Words words, Language language) {
        if (words.isEmpty()) {
            return null;
        }
        Highlighter.Marks marks = this.marks.get(words.plain());
        if (marks == null) {
            marks = highlighter.marks(words);
            if (this.marks.size() >= MARKS_KEPT) {
                this.marks.clear();
            }
            this.marks.put(words.plain(), marks);
        }
        Highlighter.Marks found = marks;
        return new IndexDocuments.Highlight() {
            @Override
            public Language reader() {
                return language;
            }

            @Override
            public String mark(String summary, Language written) {
                return found.highlight(summary, written);
            }
        };
    }

    /** Every id matching the request, in its order, handed over in chunks, from one point-in-time view. */
    void forEachChunk(SearchRequest request, Language language, int chunk, Consumer<List<Long>> sink) {
        walk(request, language, chunk, (searcher, docs) -> {
            List<Long> ids = new ArrayList<>(docs.length);
            for (ScoreDoc doc : docs) {
                ids.add(IndexDocuments.id(searcher, doc));
            }
            sink.accept(ids);
            return true;
        });
    }

    /** The located initiatives matching the request, at most {@code max}, titled in the reader's language. */
    List<MapPoint> points(SearchRequest request, Language language, int max) {
        List<MapPoint> points = new ArrayList<>();
        Set<String> fields = Set.of(ID, LATITUDE, LONGITUDE, shownTitle(language));
        walk(request, language, 1000, (searcher, docs) -> {
            for (ScoreDoc doc : docs) {
                Document stored = searcher.storedFields().document(doc.doc, fields);
                if (stored.getField(LATITUDE) != null && points.size() < max) {
                    points.add(new MapPoint(Long.parseLong(stored.get(ID)), stored.get(shownTitle(language)),
                            stored.getField(LATITUDE).numericValue().doubleValue(),
                            stored.getField(LONGITUDE).numericValue().doubleValue()));
                }
            }
            return points.size() < max;
        });
        return points;
    }

    /** The hits (with their cards) of these initiatives that are in the index, in the order of {@code ids}. */
    List<SearchHits.Hit> byIds(List<Long> ids) {
        return index.read("reading cards failed", searcher -> {
            List<SearchHits.Hit> hits = new ArrayList<>();
            for (long id : ids) {
                ScoreDoc doc = IndexDocuments.byId(searcher, id);
                if (doc != null) {
                    hits.add(IndexDocuments.hit(searcher, doc, null));
                }
            }
            return hits;
        });
    }

    /** The replications the index keeps of this initiative; empty when it is not in the index. */
    ReplicationLinks links(long id) {
        return index.read("reading replications failed", searcher -> {
            ReplicationLinks links = IndexDocuments.links(searcher, id);
            return links == null ? ReplicationLinks.NONE : links;
        });
    }

    /** The places of those of these initiatives that are in the index and located, titled for the reader. */
    List<MapPoint> pointsOf(List<Long> ids, Language language) {
        Set<String> fields = Set.of(ID, LATITUDE, LONGITUDE, shownTitle(language));
        return index.read("reading places failed", searcher -> {
            List<MapPoint> points = new ArrayList<>();
            for (long id : ids) {
                ScoreDoc doc = IndexDocuments.byId(searcher, id);
                Document stored = doc == null ? null : searcher.storedFields().document(doc.doc, fields);
                if (stored != null && stored.getField(LATITUDE) != null) {
                    points.add(new MapPoint(id, stored.get(shownTitle(language)),
                            stored.getField(LATITUDE).numericValue().doubleValue(),
                            stored.getField(LONGITUDE).numericValue().doubleValue()));
                }
            }
            return points;
        });
    }

    /** Titles of the best matches for what is being typed, in the reader's language. */
    List<Suggestion> suggest(String text, Language language, int count) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return index.read("suggestions failed", searcher -> {
            List<Suggestion> suggestions = new ArrayList<>();
            Set<String> fields = Set.of(ID, shownTitle(language));
            for (ScoreDoc doc : searcher.search(textQuery.build(text), count).scoreDocs) {
                Document stored = searcher.storedFields().document(doc.doc, fields);
                suggestions.add(new Suggestion(Long.parseLong(stored.get(ID)), stored.get(shownTitle(language))));
            }
            return suggestions;
        });
    }

    private interface Chunk {
        /** Takes one chunk of results; false stops the walk. */
        boolean take(IndexSearcher searcher, ScoreDoc[] docs) throws IOException;
    }

    /** Walks every match of the request in its order, a chunk at a time, on one point-in-time view of the index. */
    private void walk(SearchRequest request, Language language, int chunk, Chunk sink) {
        index.read("search failed", searcher -> {
            Query query = query(request);
            Sort sort = sort(request, language);
            ScoreDoc after = null;
            while (true) {
                TopDocs top = sort == null ? searcher.searchAfter(after, query, chunk)
                        : searcher.searchAfter(after, query, chunk, sort);
                if (top.scoreDocs.length == 0 || !sink.take(searcher, top.scoreDocs)) {
                    return null;
                }
                after = top.scoreDocs[top.scoreDocs.length - 1];
            }
        });
    }

    private DrillDownQuery query(SearchRequest request) {
        DrillDownQuery query = new DrillDownQuery(facetsConfig, textQuery.build(request.text()));
        request.filters().forEach((facet, values) -> values.forEach(v -> query.add(facet.dimension(), v)));
        return query;
    }

    /** The sort of a request; null for relevance. Ties are broken by id, so that paging is stable. */
    private static Sort sort(SearchRequest request, Language language) {
        SortField byId = new SortField(IndexDocuments.ID_SORT, SortField.Type.LONG, true);
        return switch (request.effectiveSort()) {
            case RELEVANCE -> null;
            case NEWEST -> new Sort(new SortField(IndexDocuments.SUBMITTED, SortField.Type.LONG, true), byId);
            case TITLE -> new Sort(new SortField(IndexDocuments.titleSort(language), SortField.Type.STRING), byId);
            case REPLICATIONS -> new Sort(new SortField(IndexDocuments.REPLICATIONS, SortField.Type.LONG, true),
                    new SortField(IndexDocuments.SUBMITTED, SortField.Type.LONG, true), byId);
        };
    }

    private static Map<Facet, List<FacetCount>> counts(FacetedSearch.Result result) throws IOException {
        Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<FacetCount> values = new ArrayList<>();
            try {
                FacetResult counted = result.facets(facet.dimension()).getTopChildren(1000, facet.dimension());
                if (counted != null) {
                    for (LabelAndValue value : counted.labelValues) {
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
}
