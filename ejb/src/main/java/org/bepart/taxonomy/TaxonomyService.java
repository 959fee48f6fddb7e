package org.bepart.taxonomy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.language.Language;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

/** Reads the managed lists. */
@Stateless
public class TaxonomyService {

    @PersistenceContext
    private EntityManager em;

    /** The terms of one list in the list's order. */
    public List<TermView> terms(@NotNull TermKind kind, @NotNull Language language) {
        return em.createNamedQuery(Term.FIND_BY_KIND, Term.class)
                .setParameter("kind", kind)
                .getResultStream()
                .map(t -> TermView.of(t, language))
                .toList();
    }

    /** The terms of one list sorted by name in the reader's language, as filters list them. */
    public List<TermView> termsByName(@NotNull TermKind kind, @NotNull Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return terms(kind, language).stream().sorted(Comparator.comparing(TermView::name, collator)).toList();
    }
}
