package org.bepart.translation;

import org.bepart.initiative.Initiative;
import org.bepart.language.Language;
import org.bepart.shared.Require;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A view of texts per language with their original language, over the map an entity stores: writes go to that map;
 * a new original language is returned for the entity to keep.
 *
 * @param <T> the text of one language
 */
public final class TranslatedTexts<T> {

    private final Language original;
    private final Map<Language, T> texts;
    private final Function<T, String> title;

    /** {@code texts} is the entity's own map; {@code title} gives a text's title, for the slug. */
    public TranslatedTexts(Language original, Map<Language, T> texts, Function<T, String> title) {
        this.original = original;
        this.texts = texts;
        this.title = title;
    }

    /** Sets the text of one language; the original language's text can be replaced. */
    public void write(Language language, T text) {
        texts.put(Require.notNull(language, "language"), Require.notNull(text, "text"));
    }

    /** Removes a translation; the original stays. */
    public void remove(Language language) {
        if (language == original) {
            throw new OriginalTextRequiredException("the original text cannot be removed");
        }
        texts.remove(language);
    }

    /** Checks that {@code language} may become the original, that is has a text, and returns it. */
    public Language newOriginal(Language language) {
        if (!texts.containsKey(Require.notNull(language, "language"))) {
            throw new OriginalTextRequiredException("no text in " + language);
        }
        return language;
    }

    /** The text in the reader's language when written, else the original. */
    public ShownText<T> shownIn(Language language) {
        T text = texts.get(language);
        return text != null ? new ShownText<>(text, language, language)
                : new ShownText<>(texts.get(original), original, language);
    }

    /** The title shown in {@code language}. */
    public String title(Language language) {
        return title.apply(shownIn(language).text());
    }

    /** The address slug of the title shown in {@code language}. */
    public String slug(Language language) {
        return Initiative.slug(title(language));
    }

    /** The languages written, the original first. */
    public Set<Language> languages() {
        Set<Language> result = new LinkedHashSet<>();
        result.add(original);
        result.addAll(new TreeSet<>(texts.keySet()));
        return result;
    }
}
