package org.bepart.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.bepart.language.Language;

import java.io.IOException;
import java.text.Collator;
import java.util.Set;

/**
 * What a document of the index holds, field by field, and reading it back: the card lists show, the summaries the
 * searched words are marked in, titles for suggestions and the map, and the values searches sort and count by.
 */
final class IndexDocuments {

    /** Raised whenever what a document holds changes: an index of another format is rebuilt at start-up. */
    static final String FORMAT = "8";
    static final String ID = "id";
    static final String SUBMITTED = "submitted";
    static final String UPDATED = "updated";
    static final String ID_SORT = "id_sort";
    /** How many public initiatives replicated it, which the catalogue sorts by. */
    static final String REPLICATIONS = "replications";
    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";
    private static final String CARD = "card";
    private static final String ORIGINAL = "original";
    private static final String REPLICATION_LINKS = "replication_links";
    /** The rebuild that last wrote a document: a rebuild's end removes the documents it did not write. */
    static final String REBUILD = "rebuild";

    private IndexDocuments() {
    }

    /** Facet fields are multi-valued: an initiative has several stages, themes, tools… */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.dimension(), true);
        }
        return config;
    }

    /** The document of this initiative, marked as written by the rebuild {@code generation}. */
    static Document of(IndexedInitiative initiative, String generation, FacetsConfig facetsConfig)
            throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(initiative.id()), Field.Store.YES));
        doc.add(new StringField(REBUILD, generation, Field.Store.NO));
        doc.add(new NumericDocValuesField(ID_SORT, initiative.id()));
        doc.add(new StoredField(CARD, initiative.card()));
        doc.add(new StoredField(ORIGINAL, initiative.originalLanguage().tag()));
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
        initiative.summaries().forEach((language, summary) -> {
            if (summary != null) {
                doc.add(new StoredField(summary(language), summary));
            }
        });
        if (initiative.latitude() != null && initiative.longitude() != null) {
            doc.add(new StoredField(LATITUDE, initiative.latitude()));
            doc.add(new StoredField(LONGITUDE, initiative.longitude()));
        }
        doc.add(new NumericDocValuesField(SUBMITTED,
                initiative.submittedAt() == null ? 0 : initiative.submittedAt().toEpochMilli()));
        doc.add(new NumericDocValuesField(UPDATED, initiative.updatedAt().toEpochMilli()));
        doc.add(new NumericDocValuesField(REPLICATIONS, initiative.replications()));
        if (!initiative.links().isEmpty()) {
            doc.add(new StoredField(REPLICATION_LINKS, initiative.links().toJson()));
        }
        initiative.facets().forEach((facet, values) -> values.forEach(value ->
                doc.add(new SortedSetDocValuesFacetField(facet.dimension(), value))));
        return facetsConfig.build(doc);
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    /** The title shown in {@code language}: its own, or the original's. */
    static String shownTitle(Language language) {
        return "shown_title_" + language.tag();
    }

    static String titleSort(Language language) {
        return "title_sort_" + language.tag();
    }

    private static String summary(Language language) {
        return "summary_" + language.tag();
    }

    /** A hit with its card; a marker (a {@link Highlight}) gives it the summary with the searched words marked. */
    static SearchHits.Hit hit(IndexSearcher searcher, ScoreDoc doc, Highlight highlight) throws IOException {
        if (highlight == null) {
            Document stored = searcher.storedFields().document(doc.doc, Set.of(ID, CARD));
            return new SearchHits.Hit(Long.parseLong(stored.get(ID)), stored.get(CARD), null);
        }
        Language reader = highlight.reader();
        Document stored = searcher.storedFields().document(doc.doc, Set.of(ID, CARD, ORIGINAL, summary(reader)));
        // the summary the card shows: the reader's language, else the original's (as CardJson reads it)
        Language shown = reader;
        String summary = stored.get(summary(reader));
        if (summary == null) {
            shown = Language.fromTag(stored.get(ORIGINAL)).orElse(reader);
            summary = searcher.storedFields().document(doc.doc, Set.of(summary(shown))).get(summary(shown));
        }
        return new SearchHits.Hit(Long.parseLong(stored.get(ID)), stored.get(CARD),
                highlight.mark(summary, shown));
    }

    /** Marks the searched words in a summary written in a language, for a reader. */
    interface Highlight {
        Language reader();

        String mark(String summary, Language language);
    }

    /** The replications stored with this initiative; null when it is not in the index. */
    static ReplicationLinks links(IndexSearcher searcher, long id) throws IOException {
        ScoreDoc doc = byId(searcher, id);
        return doc == null ? null : ReplicationLinks.fromJson(
                searcher.storedFields().document(doc.doc, Set.of(REPLICATION_LINKS)).get(REPLICATION_LINKS));
    }

    /** The document of this initiative, or null when it is not in the index. */
    static ScoreDoc byId(IndexSearcher searcher, long id) throws IOException {
        ScoreDoc[] found = searcher.search(new TermQuery(idTerm(id)), 1).scoreDocs;
        return found.length == 0 ? null : found[0];
    }

    static long id(IndexSearcher searcher, ScoreDoc doc) throws IOException {
        return Long.parseLong(searcher.storedFields().document(doc.doc, Set.of(ID)).get(ID));
    }
}
