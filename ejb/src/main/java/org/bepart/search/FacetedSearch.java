package org.bepart.search;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A search with facet counts as Lucene's {@code DrillSideways} gives them (the counts of a filtered dimension ignore
 * that dimension's own filter), at a fraction of its cost. The words' matches and each filter's docs are bit sets
 * kept with the index reader ({@link FilterSets}): readers repeat words and filter values far more often than whole
 * searches. A search ANDs them; a filtered dimension's counts are the sizes of its sideways set's intersections with
 * the sets of its values; only the matches of every filter are scored for the page. Profiled at 100,000
 * initiatives, walking the words' postings and counting every dimension of every sideways match were half of a
 * fresh search.
 */
final class FacetedSearch {

    /** What a search found: the page's top docs, how many match in all, and the counts per dimension. */
    record Result(TopDocs top, long total, Map<String, Facets> facetsByDimension, Facets unfiltered) {

        /** The counts to show for {@code dimension}: its own sideways counts when it is filtered. */
        Facets facets(String dimension) {
            return facetsByDimension.getOrDefault(dimension, unfiltered);
        }
    }

    private FacetedSearch() {
    }

    /**
     * @param text     the words' query (scored for relevance)
     * @param wordsKey what identifies the words (equal words, equal key): their matches are kept under it
     * @param filters  per dimension, the values of which any one must match; dimensions combine
     * @param sort     null for relevance
     * @param sets     the doc sets kept for the searcher's reader (shared by its searches)
     */
    static Result search(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state, Query text,
                         Object wordsKey, Map<String, Set<String>> filters, int collect, Sort sort, FilterSets sets)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<String> dimensions = new ArrayList<>(filters.keySet());
        int n = dimensions.size();
        List<List<String>> values = new ArrayList<>(n);
        for (String dimension : dimensions) {
            values.add(List.copyOf(new TreeSet<>(filters.get(dimension))));
        }
        int leafCount = leaves.size();
        FixedBitSet[] all = new FixedBitSet[leafCount];
        FixedBitSet[][] sideways = new FixedBitSet[n][leafCount];
        Query words = null;
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet matches = sets.words(leaf, wordsKey);
            if (matches == null) {
                if (words == null) {
                    words = searcher.rewrite(new ConstantScoreQuery(text));
                }
                matches = sets.keepWords(leaf, wordsKey, docs(searcher, words, leaf));
            }
            FixedBitSet[] filterBits = new FixedBitSet[n];
            for (int d = 0; d < n; d++) {
                filterBits[d] = sets.filter(searcher, config, leaf, dimensions.get(d), values.get(d));
            }
            FixedBitSet every = matches.clone();
            for (int d = 0; d < n; d++) {
                every.and(filterBits[d]);
            }
            all[leaf.ord] = every;
            for (int d = 0; d < n; d++) {
                FixedBitSet side = matches.clone();
                for (int e = 0; e < n; e++) {
                    if (e != d) {
                        side.and(filterBits[e]);
                    }
                }
                sideways[d][leaf.ord] = side;
            }
        }

        long total = 0;
        List<FacetsCollector.MatchingDocs> allDocs = new ArrayList<>(leafCount);
        for (LeafReaderContext leaf : leaves) {
            int count = all[leaf.ord].cardinality();
            total += count;
            allDocs.add(new FacetsCollector.MatchingDocs(leaf, new BitDocIdSet(all[leaf.ord], count), count, null));
        }
        Map<String, Facets> bySideways = new LinkedHashMap<>();
        for (int d = 0; d < n; d++) {
            bySideways.put(dimensions.get(d),
                    Counted.of(searcher, config, state, dimensions.get(d), sideways[d], sets));
        }
        Facets unfiltered = new SortedSetDocValuesFacetCounts(state, new Matched(allDocs));

        TopDocs top;
        if (sort != null) {
            top = searcher.search(new DocSetQuery(all), collect, sort);
        } else if (n == 0) {
            top = searcher.search(text, collect);
        } else {
            top = scored(searcher, sets.weight(searcher, text, wordsKey), all, collect);
        }
        return new Result(top, total, bySideways, unfiltered);
    }

    /**
     * The best {@code collect} of {@code docs} by the score of the words' weight, as a search of the words filtered
     * by these docs ranks them (equal scores in the order of the docs).
     */
    private static TopDocs scored(IndexSearcher searcher, Weight words, FixedBitSet[] docs, int collect)
            throws IOException {
        TopScoreDocCollector collector = new TopScoreDocCollectorManager(collect, null, Integer.MAX_VALUE, false)
                .newCollector();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet set = docs[leaf.ord];
            int first = set.length() == 0 ? DocIdSetIterator.NO_MORE_DOCS : set.nextSetBit(0);
            if (first == DocIdSetIterator.NO_MORE_DOCS) {
                continue;
            }
            Scorer scorer = words.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            LeafCollector leafCollector = collector.getLeafCollector(leaf);
            leafCollector.setScorer(scorer);
            DocIdSetIterator matches = scorer.iterator();
            for (int doc = first; doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = doc + 1 < set.length() ? set.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                int at = matches.docID() < doc ? matches.advance(doc) : matches.docID();
                if (at == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (at == doc) {
                    leafCollector.collect(doc);
                }
            }
        }
        return collector.topDocs();
    }

    /** The documents of any of {@code values} in {@code dimension}, as a drill-down finds them. */
    static Query filter(FacetsConfig config, String dimension, Set<String> values) {
        String field = config.getDimConfig(dimension).indexFieldName;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.stream().sorted().forEach(value ->
                any.add(new TermQuery(DrillDownQuery.term(field, dimension, value)), BooleanClause.Occur.SHOULD));
        return new ConstantScoreQuery(any.build());
    }

    /** The live docs of {@code leaf} that {@code query} (rewritten) matches. */
    private static FixedBitSet docs(IndexSearcher searcher, Query query, LeafReaderContext leaf) throws IOException {
        FixedBitSet set = new FixedBitSet(leaf.reader().maxDoc());
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
            set.or(scorer.iterator());
        }
        Bits live = leaf.reader().getLiveDocs();
        if (live != null) {
            for (int doc = set.nextSetBit(0); doc != BitSetIterator.NO_MORE_DOCS;
                 doc = doc + 1 < set.length() ? set.nextSetBit(doc + 1) : BitSetIterator.NO_MORE_DOCS) {
                if (!live.get(doc)) {
                    set.clear(doc);
                }
            }
        }
        return set;
    }

    /**
     * The doc sets of one index reader, per segment, shared by its searches (a new reader starts new sets): the
     * matches of words (live docs only) and the docs of filters (which may hold deleted docs: only ever intersected
     * with words' matches). Kept up to {@link #MAX_BYTES} in all; a set that does not fit is made for its search only.
     */
    static final class FilterSets {
        /** 32 MB: 2,500 sets at 100,000 docs (a bit per doc of a segment), 250 at a million. */
        static final long MAX_BYTES = 32L << 20;

        private record Key(Object segment, Object what) {
        }

        private record FilterKey(String dimension, List<String> values) {
        }

        private record WordsKey(Object words) {
        }

        private final Map<Key, FixedBitSet> sets = new ConcurrentHashMap<>();
        private final Map<String, List<String>> valuesOf = new ConcurrentHashMap<>();
        /** The words' weights (their terms looked up, their statistics gathered), scoring every segment's docs. */
        private final Map<Object, Weight> weights = new ConcurrentHashMap<>();
        private static final int WEIGHTS_KEPT = 512;
        private final AtomicLong bytes = new AtomicLong();

        private static Key key(LeafReaderContext leaf, Object what) {
            IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
            return core == null ? null : new Key(core.getKey(), what);
        }

        FixedBitSet words(LeafReaderContext leaf, Object words) {
            Key key = key(leaf, new WordsKey(words));
            return key == null ? null : sets.get(key);
        }

        FixedBitSet keepWords(LeafReaderContext leaf, Object words, FixedBitSet matches) {
            return keep(key(leaf, new WordsKey(words)), matches);
        }

        /** The weight scoring {@code text} for the searcher's reader, kept under {@code words}. */
        Weight weight(IndexSearcher searcher, Query text, Object words) throws IOException {
            Weight weight = weights.get(words);
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(text), ScoreMode.COMPLETE, 1f);
                if (weights.size() < WEIGHTS_KEPT) {
                    weights.put(words, weight);
                }
            }
            return weight;
        }

        /** The docs of {@code leaf} having any of {@code values} (sorted) in {@code dimension}. */
        FixedBitSet filter(IndexSearcher searcher, FacetsConfig config, LeafReaderContext leaf, String dimension,
                           List<String> values) throws IOException {
            Key key = key(leaf, new FilterKey(dimension, values));
            FixedBitSet set = key == null ? null : sets.get(key);
            if (set == null) {
                set = new FixedBitSet(leaf.reader().maxDoc());
                Weight weight = searcher.createWeight(searcher.rewrite(FacetedSearch.filter(config, dimension,
                        Set.copyOf(values))), ScoreMode.COMPLETE_NO_SCORES, 1f);
                Scorer scorer = weight.scorer(leaf);
                if (scorer != null) {
                    set.or(scorer.iterator());
                }
                set = keep(key, set);
            }
            return set;
        }

        /** The values {@code dimension} has in the reader, in the order of their ordinals; made once. */
        List<String> values(SortedSetDocValuesReaderState state, String dimension) throws IOException {
            List<String> known = valuesOf.get(dimension);
            if (known == null) {
                List<String> found = new ArrayList<>();
                SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dimension);
                if (range != null) {
                    SortedSetDocValues docValues = state.getDocValues();
                    for (int ord = range.start; ord <= range.end; ord++) {
                        String[] path = FacetsConfig.stringToPath(docValues.lookupOrd(ord).utf8ToString());
                        found.add(path[path.length - 1]);
                    }
                }
                known = List.copyOf(found);
                valuesOf.put(dimension, known);
            }
            return known;
        }

        private FixedBitSet keep(Key key, FixedBitSet set) {
            if (key == null) {
                return set;
            }
            long size = (long) set.getBits().length * Long.BYTES;
            if (bytes.addAndGet(size) > MAX_BYTES) {
                bytes.addAndGet(-size);
                return set;
            }
            FixedBitSet before = sets.putIfAbsent(key, set);
            if (before != null) {
                bytes.addAndGet(-size);
                return before;
            }
            return set;
        }
    }

    /**
     * The counts of one filtered dimension over its sideways matches: for each of its values, the size of the
     * intersection of the matches with the value's docs. The matches are live docs, so deleted docs in a value's set
     * count nowhere.
     */
    private static final class Counted extends Facets {
        private final String dimension;
        private final List<LabelAndValue> counts;

        private Counted(String dimension, List<LabelAndValue> counts) {
            this.dimension = dimension;
            this.counts = counts;
        }

        static Counted of(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state,
                          String dimension, FixedBitSet[] matches, FilterSets sets) throws IOException {
            List<LabelAndValue> counts = new ArrayList<>();
            boolean any = false;
            for (FixedBitSet leafMatches : matches) {
                any |= leafMatches.nextSetBit(0) != BitSetIterator.NO_MORE_DOCS;
            }
            if (any) {
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                for (String value : sets.values(state, dimension)) {
                    long count = 0;
                    for (LeafReaderContext leaf : leaves) {
                        FixedBitSet leafMatches = matches[leaf.ord];
                        if (leafMatches.length() > 0) {
                            count += FixedBitSet.intersectionCount(leafMatches,
                                    sets.filter(searcher, config, leaf, dimension, List.of(value)));
                        }
                    }
                    if (count > 0) {
                        counts.add(new LabelAndValue(value, count));
                    }
                }
            }
            // most first; equal counts in the order of the values, as Lucene's facet counts give them
            counts.sort(Comparator.comparingLong((LabelAndValue c) -> -c.value.longValue()));
            return new Counted(dimension, List.copyOf(counts));
        }

        private FacetResult result(int topN, String dim) {
            if (!dimension.equals(dim) || counts.isEmpty()) {
                return null;
            }
            List<LabelAndValue> top = counts.subList(0, Math.min(topN, counts.size()));
            return new FacetResult(dimension, new String[0], -1, top.toArray(new LabelAndValue[0]), counts.size());
        }

        @Override
        public FacetResult getAllChildren(String dim, String... path) {
            return path.length > 0 ? null : result(Integer.MAX_VALUE, dim);
        }

        @Override
        public FacetResult getTopChildren(int topN, String dim, String... path) {
            validateTopN(topN);
            return path.length > 0 ? null : result(topN, dim);
        }

        @Override
        public Number getSpecificValue(String dim, String... path) {
            if (!dimension.equals(dim) || path.length != 1) {
                return -1;
            }
            return counts.stream().filter(c -> c.label.equals(path[0])).findFirst().map(c -> c.value).orElse(0);
        }

        @Override
        public List<FacetResult> getAllDims(int topN) {
            FacetResult result = result(topN, dimension);
            return result == null ? List.of() : List.of(result);
        }
    }

    /** Docs given per segment as bit sets (of the reader the query is run on), all with one score. */
    private static final class DocSetQuery extends Query {
        private final FixedBitSet[] byLeaf;

        DocSetQuery(FixedBitSet[] byLeaf) {
            this.byLeaf = byLeaf;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public Scorer scorer(LeafReaderContext context) {
                    FixedBitSet set = byLeaf[context.ord];
                    int count = set.cardinality();
                    return count == 0 ? null
                            : new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(set, count));
                }

                @Override
                public boolean isCacheable(LeafReaderContext context) {
                    return false;
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "DocSetQuery";
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Matches found elsewhere, handed to Lucene's facet counting. */
    private static final class Matched extends FacetsCollector {
        private final List<MatchingDocs> docs;

        Matched(List<MatchingDocs> docs) {
            super(false);
            this.docs = docs;
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() {
            return docs;
        }
    }
}
