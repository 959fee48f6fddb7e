package org.bepart.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.bepart.language.Language;
import org.bepart.platform.DataGeneration;
import org.bepart.platform.PublicContent;
import org.bepart.platform.PublicPart;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The managed lists in memory: pages read them on every request. Forgotten when a change of a list is committed here
 * ({@link TermsChanged}: the cached public pages are then stale too) or arrives through the change log from another
 * server ({@link #forget}); the entities' shared cache is emptied with it, so an initiative read afterwards shows the
 * new names too.
 */
@ApplicationScoped
public class TermCache {

    /** A term as kept: plain values, nothing an entity manager tracks. */
    record Entry(TermKind kind, String code, Map<Language, String> names, boolean retired) {

        static Entry of(Term term) {
            Map<Language, String> names = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                names.put(language, term.nameIn(language));
            }
            return new Entry(term.getKind(), term.getCode(), Map.copyOf(names), term.isRetired());
        }

        TermView in(Language language) {
            return new TermView(kind, code, names.get(language), retired);
        }
    }

    private record Snapshot(long generation, List<Entry> entries) {
    }

    @PersistenceUnit
    private EntityManagerFactory emf;

    @Inject
    private PublicContent publicContent;

    @Inject
    private DataGeneration dataGeneration;

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    /** The terms in list order; {@code loader} reads them when none are kept (kept only if no change came meanwhile). */
    List<Entry> entries(Supplier<List<Entry>> loader) {
        Snapshot kept = snapshot;
        if (kept != null) {
            return kept.entries();
        }
        long before = generation.get();
        List<Entry> loaded = List.copyOf(loader.get());
        synchronized (this) {
            if (generation.get() == before) {
                snapshot = new Snapshot(before, loaded);
            }
        }
        return loaded;
    }

    /** A list changed (here or on another server): read it again on the next request. */
    public void forget() {
        synchronized (this) {
            generation.incrementAndGet();
            snapshot = null;
        }
        emf.getCache().evict(Term.class);
    }

    /** Terms' names are on the pages of initiatives and in the exports: both are stale. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TermsChanged change) {
        forget();
        publicContent.changed(PublicPart.INITIATIVES);
        dataGeneration.advance();
    }
}
