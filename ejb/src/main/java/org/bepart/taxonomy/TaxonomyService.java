package org.bepart.taxonomy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.language.Language;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the managed lists, names from the database in the reader's language. The lists are kept in memory
 * ({@link TermCache}): pages read them on every request. Every list includes its retired terms, which the initiatives
 * that have them show; {@link #offered} leaves them out of new choices.
 */
@Stateless
public class TaxonomyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TermCache cache;

    /** The terms of one list in the list's order, retired ones included. */
    public List<TermView> terms(@NotNull TermKind kind, @NotNull Language language) {
        return all(language).get(kind);
    }

    /** Every list, each in its own order, retired terms included. */
    public Map<TermKind, List<TermView>> all(@NotNull Language language) {
        Map<TermKind, List<TermView>> lists = new EnumMap<>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            lists.put(kind, new ArrayList<>());
        }
        cache.entries(() -> em.createNamedQuery(Term.FIND_ALL, Term.class).getResultStream()
                        .map(TermCache.Entry::of).toList())
                .forEach(t -> lists.get(t.kind()).add(t.in(language)));
        return lists;
    }

    /** Every list, each sorted by name in the reader's language, as filters list them; retired terms included. */
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

    /**
     * What a form offers to choose from, each list by name: the terms not retired, and of the retired ones only
     * those {@code chosen} already holds (so that saving a form keeps them).
     */
    public Map<TermKind, List<TermView>> offered(@NotNull Language language,
                                                @NotNull Map<TermKind, ? extends Collection<String>> chosen) {
        Map<TermKind, List<TermView>> offered = new EnumMap<>(TermKind.class);
        allByName(language).forEach((kind, terms) -> offered.put(kind, terms.stream()
                .filter(t -> !t.retired() || chosen.containsKey(kind) && chosen.get(kind).contains(t.code()))
                .toList()));
        return offered;
    }

    /** The lists as read and as sorted, per language: sorted again only when the terms read differ. */
    private record Sorted(Map<TermKind, List<TermView>> lists, Map<TermKind, List<TermView>> byName) {
    }

    private static final Map<Language, Sorted> SORTED = new java.util.concurrent.ConcurrentHashMap<>();
}
