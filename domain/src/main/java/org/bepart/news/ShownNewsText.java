package org.bepart.news;

import org.bepart.language.Language;

/**
 * The text of a news item a reader is shown and its language: the reader's own when the item has it, else the
 * original.
 *
 * @param requested the reader's language
 */
public record ShownNewsText(NewsText text, Language language, Language requested) {

    /** True when the reader asked for another language than the one shown. */
    public boolean isFallback() {
        return language != requested;
    }
}
