package org.bepart.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue's search gives what Lucene's {@code DrillSideways} gives — the same hits in the same order, the same
 * total and the same counts for every dimension, filtered or not — on a random index of several segments with
 * deletions, for random words, filters and sorts.
 */
class FacetedSearchTest {

    private static final String[] DIMENSIONS = {"country", "stage", "theme"};
    private static final String[] WORDS = {"budget", "youth", "council", "climate", "housing", "open", "data"};
    private static final int VALUES = 6;

    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static FacetsConfig config;

    @BeforeAll
    static void index() throws IOException {
        config = new FacetsConfig();
        for (String dimension : DIMENSIONS) {
            config.setMultiValued(dimension, true);
        }
        directory = new ByteBuffersDirectory();
        Random random = new Random(13);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int k = 0; k < 3000; k++) {
                Document document = new Document();
                StringBuilder text = new StringBuilder();
                for (int w = random.nextInt(6); w >= 0; w--) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                document.add(new StringField("id", Integer.toString(k), Field.Store.NO));
                document.add(new TextField("text", text.toString(), Field.Store.NO));
                document.add(new NumericDocValuesField("n", random.nextInt(50)));
                for (String dimension : DIMENSIONS) {
                    // some documents have no value of a dimension, some several
                    for (int v = random.nextInt(3); v > 0; v--) {
                        document.add(new SortedSetDocValuesFacetField(dimension,
                                dimension + random.nextInt(VALUES)));
                    }
                }
                writer.addDocument(config.build(document));
                if (k % 700 == 699) {
                    writer.commit(); // several segments
                }
            }
            for (int k = 0; k < 3000; k += 17) {
                writer.deleteDocuments(new Term("id", Integer.toString(k)));
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void givesWhatDrillSidewaysGives() throws IOException {
        assertTrue(reader.leaves().size() > 1, "several segments");
        assertTrue(reader.hasDeletions(), "deleted documents");
        IndexSearcher searcher = new IndexSearcher(reader);
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        Random random = new Random(7);
        // Shared by the searches, as the searches of one reader share them: filters repeat.
        FacetedSearch.FilterSets sets = new FacetedSearch.FilterSets();
        int compared = 0;
        for (int k = 0; k < 300; k++) {
            Query text = text(random);
            Map<String, Set<String>> filters = new LinkedHashMap<>();
            for (String dimension : DIMENSIONS) {
                if (random.nextInt(3) > 0) {
                    Set<String> values = new TreeSet<>();
                    for (int v = random.nextInt(2); v >= 0; v--) {
                        values.add(dimension + random.nextInt(VALUES));
                    }
                    filters.put(dimension, values);
                }
            }
            Sort sort = random.nextBoolean() ? null : new Sort(new SortField("n", SortField.Type.LONG, true));
            int collect = 1 + random.nextInt(30);

            DrillDownQuery drillDown = new DrillDownQuery(config, text);
            filters.forEach((dimension, values) -> values.forEach(v -> drillDown.add(dimension, v)));
            DrillSideways.DrillSidewaysResult expected = sort == null
                    ? new DrillSideways(searcher, config, state).search(drillDown, collect)
                    : new DrillSideways(searcher, config, state).search(drillDown, null, null, collect, sort, false);
            FacetedSearch.Result actual = FacetedSearch.search(searcher, config, state, text, text.toString(), filters, collect, sort,
                    sets);

            String what = "search " + k + ": " + text + " " + filters + " " + sort;
            assertEquals(expected.hits.totalHits.value, actual.total(), what);
            assertArrayEquals(docs(expected.hits), docs(actual.top()), what);
            if (sort == null) {
                assertArrayEquals(scores(expected.hits), scores(actual.top()), 1e-6f, what);
            }
            for (String dimension : DIMENSIONS) {
                assertEquals(counts(expected.facets, dimension), counts(actual.facets(dimension), dimension),
                        what + ", counts of " + dimension);
            }
            compared += actual.total() > 0 ? 1 : 0;
        }
        assertTrue(compared > 100, "most searches found something: " + compared);
    }

    private static Query text(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> new MatchAllDocsQuery();
            case 1 -> new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)]));
            default -> new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)])), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)])), BooleanClause.Occur.SHOULD)
                    .build();
        };
    }

    private static int[] docs(TopDocs top) {
        return java.util.Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
    }

    private static float[] scores(TopDocs top) {
        float[] scores = new float[top.scoreDocs.length];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = top.scoreDocs[k].score;
        }
        return scores;
    }

    private static List<String> counts(Facets facets, String dimension) throws IOException {
        List<String> counts = new ArrayList<>();
        FacetResult result = facets.getTopChildren(1000, dimension);
        if (result != null) {
            for (org.apache.lucene.facet.LabelAndValue v : result.labelValues) {
                counts.add(v.label + "=" + v.value);
            }
            counts.add("total=" + result.value);
        }
        return counts;
    }
}
