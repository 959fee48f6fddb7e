package org.bepart.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.bepart.language.Language;
import org.tartarus.snowball.ext.ArmenianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.Reader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The analyzers of the index. Each language gets its stemmer and stop words, and Latin accents are folded so that
 * "elaboration" finds "élaboration"; the plain field keeps every word of every language unstemmed, for typos and
 * prefixes.
 */
final class Analyzers {

    static final String PLAIN = "plain";

    private static final NormalizeCharMap RUSSIAN_YO;

    static {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("ё", "е");
        builder.add("Ё", "Е");
        RUSSIAN_YO = builder.build();
    }

    private Analyzers() {
    }

    static String textField(Language language) {
        return "text_" + language.tag();
    }

    static String titleField(Language language) {
        return "title_" + language.tag();
    }

    /** Lower case and folded accents, nothing removed: words as written. */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new MappingCharFilter(RUSSIAN_YO, reader);
            }
        };
    }

    static Analyzer of(Language language) {
        return switch (language) {
            case HY -> analyzer(ArmenianAnalyzer.getDefaultStopSet(),
                    stream -> new SnowballFilter(stream, new ArmenianStemmer()), false);
            case RU -> analyzer(RussianAnalyzer.getDefaultStopSet(),
                    stream -> new SnowballFilter(stream, new RussianStemmer()), false);
            case FR -> analyzer(FrenchAnalyzer.getDefaultStopSet(),
                    stream -> new FrenchLightStemFilter(
                            new ASCIIFoldingFilter(stream)), true);
            case EN -> analyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                    stream -> new PorterStemFilter(new ASCIIFoldingFilter(stream)), false);
        };
    }

    private interface Stemming {
        TokenStream apply(TokenStream stream);
    }

    private static Analyzer analyzer(CharArraySet stopWords, Stemming stemming, boolean elision) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = elision ? new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES) : source;
                stream = new StopFilter(new LowerCaseFilter(stream), stopWords);
                return new TokenStreamComponents(source, stemming.apply(stream));
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new MappingCharFilter(RUSSIAN_YO, reader);
            }
        };
    }

    /** One analyzer per language. */
    static Map<Language, Analyzer> languages() {
        Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            analyzers.put(language, of(language));
        }
        return analyzers;
    }

    /** What the index writer uses: each language's fields with their analyzer, anything else plain. */
    static Analyzer perField(Map<Language, Analyzer> languages) {
        Map<String, Analyzer> fields = new HashMap<>();
        languages.forEach((language, analyzer) -> {
            fields.put(textField(language), analyzer);
            fields.put(titleField(language), analyzer);
        });
        return new PerFieldAnalyzerWrapper(plain(), fields);
    }
}
