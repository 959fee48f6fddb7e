package org.bepart.translation;

import org.bepart.language.Language;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The translators' queue: open requests oldest first, in the languages shown, with the number of initiatives waiting
 * per language (all languages).
 *
 * @param languages the languages shown: the translator's own, or those asked for
 * @param mine      the languages the signed-in translator translates into
 */
public record TranslationQueue(List<QueueRow> rows, Map<Language, Long> counts, Set<Language> languages,
                               Set<Language> mine) implements Serializable {

    public TranslationQueue {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
        languages = Set.copyOf(languages);
        mine = Set.copyOf(mine);
    }

    /** The number of initiatives waiting in {@code language}. */
    public long count(Language language) {
        return counts.getOrDefault(language, 0L);
    }
}
