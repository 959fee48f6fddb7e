package org.bepart.taxonomy;

import org.bepart.language.Language;

import java.io.Serializable;

/** A term as shown to a reader: its code for URLs and its name in the reader's language. */
public record TermView(TermKind kind, String code, String name) implements Serializable {

    public static TermView of(Term term, Language language) {
        return new TermView(term.getKind(), term.getCode(), term.nameIn(language));
    }
}
