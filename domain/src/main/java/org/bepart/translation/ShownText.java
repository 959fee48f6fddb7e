package org.bepart.translation;

import org.bepart.language.Language;

/**
 * The text a reader is shown and its language: the reader's own when written, else the original.
 *
 * @param requested the reader's language
 */
public record ShownText<T>(T text, Language language, Language requested) {

    /** True when the reader asked for another language than the one shown. */
    public boolean isFallback() {
        return language != requested;
    }
}
