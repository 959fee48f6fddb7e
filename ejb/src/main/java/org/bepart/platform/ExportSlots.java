package org.bepart.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.cache.Cache;
import java.util.Optional;
import java.util.UUID;

/**
 * How many exports of the whole catalogue may run at once, over all servers of a cluster
 * ({@code bepart.export.max-concurrent}, 2 by default): each running export holds a slot in the data grid, given
 * back when it ends, or freed after {@link #LEASE_SECONDS} should its server stop meanwhile.
 */
@ApplicationScoped
public class ExportSlots {

    public static final String MAX_CONCURRENT = "bepart.export.max-concurrent";
    static final String CACHE = "bepart-export-slots";
    static final long LEASE_SECONDS = 600;

    @Inject
    private SharedCaches caches;

    /** A slot held by one export; {@link #close()} gives it back. */
    public final class Slot implements AutoCloseable {
        private final String key;
        private final String holder;

        private Slot(String key, String holder) {
            this.key = key;
            this.holder = holder;
        }

        @Override
        public void close() {
            slots().remove(key, holder);
        }
    }

    /** A free slot, taken; empty when as many exports as allowed are running. */
    public Optional<Slot> take() {
        int limit = ConfigProvider.getConfig().getOptionalValue(MAX_CONCURRENT, Integer.class).orElse(2);
        Cache<String, String> slots = slots();
        String holder = UUID.randomUUID().toString();
        for (int i = 0; i < limit; i++) {
            if (slots.putIfAbsent("slot-" + i, holder)) {
                return Optional.of(new Slot("slot-" + i, holder));
            }
        }
        return Optional.empty();
    }

    private Cache<String, String> slots() {
        return caches.get(CACHE, LEASE_SECONDS);
    }
}
