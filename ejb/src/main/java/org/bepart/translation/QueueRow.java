package org.bepart.translation;

import org.bepart.language.Language;

import java.io.Serializable;
import java.time.Instant;

/**
 * An initiative readers asked to read in a language: how many asked, since when, and where its translation stands.
 *
 * @param title the initiative's title in the translator's language where it has one, else the original's
 */
public record QueueRow(long initiativeId, String title, Language originalLanguage, Language language, long requests,
                       Instant oldest, TranslationState state) implements Serializable {
}
