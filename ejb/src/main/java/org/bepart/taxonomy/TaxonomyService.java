package org.bepart.taxonomy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.language.Language;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads the managed lists. The lists are cached: pages read them on every request. */
@Stateless
public class TaxonomyService {

    @PersistenceContext
    private EntityManager em;

    /** The terms of one list in the list's order. */
    public List<TermView> terms(@NotNull TermKind kind, @NotNull Language language) {
        return all(language).get(kind);
    }

    /** Every list, each in its own order. */
    public Map<TermKind, List<TermView>> all(@NotNull Language language) {
        Map<TermKind, List<TermView>> lists = new EnumMap<>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            lists.put(kind, new ArrayList<>());
        }
        em.createNamedQuery(Term.FIND_ALL, Term.class).getResultList()
                .forEach(t -> lists.get(t.getKind()).add(TermView.of(t, language)));
        return lists;
    }

    /** Every list, each sorted by name in the reader's language, as filters list them. */
    public Map<TermKind, List<TermView>> allByName(@NotNull Language language) {
        Map<TermKind, List<TermView>> lists = all(language);
        Sorted known = SORTED.get(language);
        if (known != null && known.lists().equals(lists)) {
            return known.byName(); // the catalogue asks on every request; sorting with a collator is not free
        }
        Collator collator = Collator.getInstance(language.locale());
        Map<TermKind, List<TermView>> byName = new EnumMap<>(TermKind.class);
        lists.forEach((kind, terms) -> byName.put(kind, terms.stream()
                .sorted(Comparator.comparing(TermView::name, collator)).toList()));
        Sorted sorted = new Sorted(lists, java.util.Collections.unmodifiableMap(byName));
        SORTED.put(language, sorted);
        return sorted.byName();
    }

    /** The lists as read and as sorted, per language: sorted again only when the terms read differ. */
    private record Sorted(Map<TermKind, List<TermView>> lists, Map<TermKind, List<TermView>> byName) {
    }

    private static final Map<Language, Sorted> SORTED = new java.util.concurrent.ConcurrentHashMap<>();
}
