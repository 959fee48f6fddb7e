package org.bepart.taxonomy;

import org.bepart.language.Language;

import java.io.Serializable;

/**
 * A term as shown to a reader: its code for URLs and its name in the reader's language; a retired term is shown on
 * the initiatives that have it but offered for no new choice.
 */
public record TermView(TermKind kind, String code, String name, boolean retired) implements Serializable {

    public static TermView of(Term term, Language language) {
        return new TermView(term.getKind(), term.getCode(), term.nameIn(language), term.isRetired());
    }
}
