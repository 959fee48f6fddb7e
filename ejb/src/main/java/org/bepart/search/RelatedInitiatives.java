package org.bepart.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;
import org.bepart.language.Language;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which initiatives are like each one, kept in memory: a detail page then never waits for a similarity search. Each
 * list is worked out from the index alone (the title and summary in the original language, the themes, tools and
 * target groups), on first need, for every initiative in the background after start-up and nightly, and again when
 * the initiative changes — together with the lists of those it resembles, which now may include it.
 */
final class RelatedInitiatives {

    /** Ids kept per initiative: a few more than a page shows, for those hidden since. */
    static final int KEPT = 8;
    private static final int WORDS = 8;
    private static final String TEXT = "like_text";
    private static final String LANGUAGE = "like_language";
    private static final String TERMS = "like_terms";
    private static final Set<String> FIELDS = Set.of(IndexDocuments.ID, TEXT, LANGUAGE, TERMS);
    private static final Map<Facet, Float> WEIGHTS = Map.of(Facet.THEME, 0.6f, Facet.TOOL, 0.5f, Facet.TARGET, 0.2f);

    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final Map<Long, long[]> lists = new ConcurrentHashMap<>();

    RelatedInitiatives(Analyzer analyzer, FacetsConfig facetsConfig) {
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
    }

    /** What a document keeps for likeness: stored only, not searched. */
    static void addFields(Document doc, IndexedInitiative initiative) {
        doc.add(new StoredField(TEXT, initiative.likeText()));
        doc.add(new StoredField(LANGUAGE, initiative.originalLanguage().tag()));
        WEIGHTS.keySet().forEach(facet -> initiative.facets().getOrDefault(facet, List.of())
                .forEach(code -> doc.add(new StoredField(TERMS, facet.name() + ":" + code))));
    }

    /** The ids of the initiatives most like {@code id}, best first; empty when it is not in the index. */
    long[] of(IndexSearcher searcher, long id) throws IOException {
        long[] known = lists.get(id);
        if (known != null) {
            return known;
        }
        ScoreDoc own = IndexDocuments.byId(searcher, id);
        if (own == null) {
            return new long[0];
        }
        long[] found = compute(searcher, searcher.storedFields().document(own.doc, FIELDS));
        lists.put(id, found);
        return found;
    }

    /** A copy of every list known now. */
    Map<Long, long[]> snapshot() {
        return new HashMap<>(lists);
    }

    /** Takes {@code stored} (worked out by another server, or before a restart) as every list known. */
    void replace(Map<Long, long[]> stored) {
        lists.putAll(stored);
        lists.keySet().retainAll(stored.keySet());
    }

    /** Forgets what is known of this initiative, and of those it now resembles in the searcher's index. */
    void changed(IndexSearcher searcher, long id) throws IOException {
        lists.remove(id);
        for (long other : of(searcher, id)) {
            lists.remove(other);
        }
    }

    /**
     * Works out the list of every initiative in the searcher's index, counting them in {@code done}; those gone from
     * it are forgotten.
     */
    int computeAll(IndexSearcher searcher, AtomicLong done) throws IOException {
        Set<Long> seen = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document fields = stored.document(doc, FIELDS);
                    long id = Long.parseLong(fields.get(IndexDocuments.ID));
                    lists.put(id, compute(searcher, fields));
                    seen.add(id);
                    done.incrementAndGet();
                }
            }
        }
        lists.keySet().retainAll(seen);
        return seen.size();
    }

    /**
     * The distinctive words of its title and summary (in its original language), and its themes, tools and target
     * groups, which also relate initiatives written in other languages.
     */
    private long[] compute(IndexSearcher searcher, Document fields) throws IOException {
        long id = Long.parseLong(fields.get(IndexDocuments.ID));
        Language language = Language.fromTag(fields.get(LANGUAGE)).orElse(Language.EN);
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        MoreLikeThis words = new MoreLikeThis(searcher.getIndexReader());
        words.setAnalyzer(analyzer);
        words.setFieldNames(new String[] {Analyzers.textField(language)});
        words.setMinTermFreq(1);
        words.setMinDocFreq(2);
        words.setMaxQueryTerms(WORDS);
        like.add(words.like(Analyzers.textField(language), new StringReader(fields.get(TEXT))),
                BooleanClause.Occur.SHOULD);
        for (String term : fields.getValues(TERMS)) {
            int colon = term.indexOf(':');
            Facet facet = Facet.valueOf(term.substring(0, colon));
            like.add(new BoostQuery(new TermQuery(DrillDownQuery.term(
                    facetsConfig.getDimConfig(facet.dimension()).indexFieldName, facet.dimension(),
                    term.substring(colon + 1))), WEIGHTS.get(facet)), BooleanClause.Occur.SHOULD);
        }
        // Itself is dropped from the hits rather than excluded by the query, which would keep scoring from skipping
        // what cannot compete; no total is counted, for the same reason.
        ScoreDoc[] hits = searcher.search(like.build(), new TopScoreDocCollectorManager(KEPT + 1, null, KEPT + 1))
                .scoreDocs;
        List<Long> ids = new ArrayList<>(KEPT);
        for (ScoreDoc hit : hits) {
            long other = IndexDocuments.id(searcher, hit);
            if (other != id && ids.size() < KEPT) {
                ids.add(other);
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
