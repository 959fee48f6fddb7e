package org.bepart.editorial;

import org.bepart.language.Language;
import org.bepart.translation.TranslatedTexts;

import java.time.Instant;
import java.util.Map;

/**
 * Something editors write in an original language with translations and publish: a news item, an event, a contest.
 *
 * @param <T> its text in one language
 */
public interface Editorial<T> {

    Long getId();

    int getVersion();

    Language getOriginalLanguage();

    Map<Language, T> getTexts();

    TranslatedTexts<T> translations();

    void write(Language language, T text, Instant now);

    void removeTranslation(Language language, Instant now);

    void changeOriginalLanguage(Language language, Instant now);

    void publish(Instant now);

    void unpublish(Instant now);
}
