package org.bepart.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.bepart.language.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks in a text the words a search matched, the way the query matched them: same stem, same word, one typo, or the
 * start of the last word. Returns HTML: the text escaped, matches in {@code <mark>}.
 */
final class Highlighter {

    private final Map<Language, Analyzer> languages;
    private final Analyzer plain;

    Highlighter(Map<Language, Analyzer> languages, Analyzer plain) {
        this.languages = languages;
        this.plain = plain;
    }

    /** What marks the words of one search: made once per search, used for every summary of its page. */
    Marks marks(TextQuery.Words words) {
        List<CharacterRunAutomaton> typos = new ArrayList<>();
        for (String word : words.plain()) {
            if (word.codePointCount(0, word.length()) >= 4) {
                typos.add(new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(1)));
            }
        }
        return new Marks(words, List.copyOf(typos));
    }

    /** The words of a search with their one-typo automata. */
    final class Marks {
        private final TextQuery.Words words;
        private final List<CharacterRunAutomaton> typos;

        private Marks(TextQuery.Words words, List<CharacterRunAutomaton> typos) {
            this.words = words;
            this.typos = typos;
        }

        String highlight(String text, Language language) {
            if (text == null || words.isEmpty()) {
                return null;
            }
            Set<String> stems = new HashSet<>();
            words.stems().forEach(byLanguage -> stems.addAll(byLanguage.getOrDefault(language, List.of())));
            String prefix = words.plain().get(words.plain().size() - 1);

            boolean[] marked = new boolean[text.length()];
            boolean any = false;
            // stems, with the language's own analyzer
            for (int[] span : spans(languages.get(language), Analyzers.textField(language), text, stems::contains)) {
                any |= mark(marked, span);
            }
            // as written, with one typo, or as a prefix
            for (int[] span : spans(plain, Analyzers.PLAIN, text, token -> words.plain().contains(token)
                    || typos.stream().anyMatch(a -> a.run(token))
                    || prefix.length() >= 2 && token.startsWith(prefix))) {
                any |= mark(marked, span);
            }
            return any ? html(text, marked) : null;
        }
    }

    private static boolean mark(boolean[] marked, int[] span) {
        for (int k = span[0]; k < span[1] && k < marked.length; k++) {
            marked[k] = true;
        }
        return span[1] > span[0];
    }

    private interface Match {
        boolean test(String token);
    }

    private static List<int[]> spans(Analyzer analyzer, String field, String text, Match match) {
        List<int[]> spans = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (match.test(term.toString())) {
                    spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    private static String html(String text, boolean[] marked) {
        StringBuilder html = new StringBuilder(text.length() + 32);
        boolean open = false;
        for (int k = 0; k < text.length(); k++) {
            if (marked[k] != open) {
                html.append(marked[k] ? "<mark>" : "</mark>");
                open = marked[k];
            }
            char c = text.charAt(k);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
