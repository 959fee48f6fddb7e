package org.bepart.initiative;

import org.bepart.language.Language;

/**
 * The text a reader is shown and its language: the reader's own when the initiative has it, else the original.
 *
 * @param requested the reader's language
 */
public record ShownText(InitiativeText text, Language language, Language requested) {

    /** True when the reader asked for another language than the one shown. */
    public boolean isFallback() {
        return language != requested;
    }
}
