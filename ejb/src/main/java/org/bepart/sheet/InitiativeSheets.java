package org.bepart.sheet;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.abuse.BusyException;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.platform.SharedCaches;

import javax.cache.Cache;
import java.io.Serializable;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The PDF sheets of public initiatives (the same ones the initiative page shows, {@link InitiativeCatalogue#find}).
 * A sheet is made once per version of the initiative, language and public address and kept in the data grid for an
 * hour; a new version replaces the entry, so the cache holds at most one sheet per initiative, language and address,
 * and only those asked for within the hour. Making one takes a fraction of a second of CPU for texts whose length the
 * initiative bounds; at most {@value #PARALLEL} are made at once on a server, and a request that waits
 * {@value #WAIT_SECONDS} s for its turn is refused ({@link BusyException}).
 */
@Stateless
public class InitiativeSheets {

    static final String CACHE = "bepart-initiative-sheets";
    static final long SECONDS = 3600;
    static final int PARALLEL = 2;
    static final long WAIT_SECONDS = 5;
    static final long RETRY_AFTER_SECONDS = 30;
    /** Larger sheets are not kept (a few hundred kilobytes is usual). */
    static final int MAX_KEPT_BYTES = 4 << 20;

    private static final Semaphore MAKING = new Semaphore(PARALLEL, true);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private InitiativeCatalogue catalogue;

    @Inject
    private SharedCaches caches;

    /** A made sheet and the version of the initiative it shows. */
    public record Sheet(int version, byte[] pdf) implements Serializable {
    }

    /**
     * The version of a public initiative (it changes with every saved change of the initiative), for the sheet's
     * ETag; empty when there is no public initiative with this id.
     */
    public Optional<Integer> version(long id) {
        return em.createQuery("SELECT i.version FROM Initiative i WHERE i.id = :id AND i.status IN :statuses",
                        Integer.class)
                .setParameter("id", id).setParameter("statuses", InitiativeStatus.publicOnes())
                .getResultStream().findFirst();
    }

    /**
     * The sheet of a public initiative in {@code language}, its QR code leading to the page in that language below
     * {@code publicBase} (as the sitemap names it); empty when it is not public. Runs without a transaction of its
     * own, so that no database connection is held while the PDF is made.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Sheet> sheet(long id, @NotNull Language language, @NotNull String publicBase) {
        Optional<Integer> version = version(id);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String key = id + "|" + language.tag() + "|" + publicBase;
        Cache<String, Sheet> cache = caches.get(CACHE, SECONDS);
        Sheet kept = cache.get(key);
        if (kept != null && kept.version() == version.get()) {
            return Optional.of(kept);
        }
        String pageUrl = publicBase + "/initiatives/" + id + "?lang=" + language.tag();
        Optional<Sheet> made = catalogue.find(id, language).map(detail -> new Sheet(version.get(),
                limited(() -> SheetRenderer.pdf(detail, language, pageUrl))));
        made.filter(sheet -> sheet.pdf().length <= MAX_KEPT_BYTES).ifPresent(sheet -> cache.put(key, sheet));
        return made;
    }

    private static byte[] limited(java.util.function.Supplier<byte[]> making) {
        boolean acquired;
        try {
            acquired = MAKING.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusyException("no sheet can be made now", RETRY_AFTER_SECONDS);
        }
        try {
            return making.get();
        } finally {
            MAKING.release();
        }
    }
}
