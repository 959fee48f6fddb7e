package org.bepart.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.bepart.language.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a reader typed into a Lucene query without a query parser, so no character can make it fail. Every word
 * must match, in any language: by its stem in each language's field, as written, with one typo, or, for the last
 * word, as the start of a word.
 */
final class TextQuery {

    /** More words add nothing but cost. */
    static final int MAX_WORDS = 12;

    private final Map<Language, Analyzer> languages;
    private final Analyzer plain;

    TextQuery(Map<Language, Analyzer> languages, Analyzer plain) {
        this.languages = languages;
        this.plain = plain;
    }

    /** The words as the plain analyzer sees them (lower case, folded), stop words of any language left out. */
    Words words(String text) {
        List<String> all = tokens(plain, Analyzers.PLAIN, text);
        if (all.size() > MAX_WORDS) {
            all = all.subList(0, MAX_WORDS);
        }
        List<String> kept = new ArrayList<>();
        List<Map<Language, List<String>>> stems = new ArrayList<>();
        for (String word : all) {
            Map<Language, List<String>> stemsOfWord = new EnumMap<>(Language.class);
            boolean stop = false;
            for (Map.Entry<Language, Analyzer> language : languages.entrySet()) {
                List<String> stemmed = tokens(language.getValue(), Analyzers.textField(language.getKey()), word);
                stop |= stemmed.isEmpty();
                stemsOfWord.put(language.getKey(), stemmed);
            }
            if (!stop) {
                kept.add(word);
                stems.add(stemsOfWord);
            }
        }
        if (kept.isEmpty() && !all.isEmpty()) {
            // Only stop words: search them as written rather than return everything.
            for (String word : all) {
                kept.add(word);
                stems.add(Map.of());
            }
        }
        return new Words(kept, stems);
    }

    /** The words and their stems per language; the last one may be unfinished, as when one is still typing. */
    record Words(List<String> plain, List<Map<Language, List<String>>> stems) {
        boolean isEmpty() {
            return plain.isEmpty();
        }
    }

    Query build(String text) {
        return build(words(text));
    }

    Query build(Words words) {
        if (words.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int k = 0; k < words.plain().size(); k++) {
            String word = words.plain().get(k);
            boolean last = k == words.plain().size() - 1;
            List<Query> ways = new ArrayList<>();
            words.stems().get(k).forEach((language, stems) -> {
                for (String stem : stems) {
                    ways.add(new TermQuery(new Term(Analyzers.textField(language), stem)));
                    ways.add(new BoostQuery(new TermQuery(new Term(Analyzers.titleField(language), stem)), 2f));
                }
            });
            ways.add(new BoostQuery(new TermQuery(new Term(Analyzers.PLAIN, word)), 1.2f));
            if (word.codePointCount(0, word.length()) >= 4) {
                ways.add(new BoostQuery(new FuzzyQuery(new Term(Analyzers.PLAIN, word), 1, 1, 50, true), 0.5f));
            }
            if (last && word.codePointCount(0, word.length()) >= 2) {
                ways.add(new BoostQuery(new PrefixQuery(new Term(Analyzers.PLAIN, word)), 0.6f));
            }
            all.add(new DisjunctionMaxQuery(ways, 0.1f), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
