package org.bepart.event;

import org.bepart.language.Language;

/** The text of an event a reader is shown: in the reader's language when written, else the original. */
public record ShownEventText(EventText text, Language language, Language requested) {

    public boolean isFallback() {
        return language != requested;
    }
}
