package org.bepart.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.cache.Cache;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;
import java.io.Serializable;

/**
 * A number of the data grid that grows whenever an initiative changes on any server, so that what was worked out
 * from the public data (the exports) is known to be out of date everywhere at once. It starts again from 0 when the
 * whole grid does, together with what was kept under it.
 */
@ApplicationScoped
public class DataGeneration {

    static final String CACHE = "bepart-data-generation";
    private static final String KEY = "initiatives";

    @Inject
    private SharedCaches caches;

    public long current() {
        Long value = counter().get(KEY);
        return value == null ? 0 : value;
    }

    /** An initiative changed (told after the commit by {@code org.bepart.lifecycle.PublicDataFollower}). */
    public void advance() {
        counter().invoke(KEY, new Increment());
    }

    private Cache<String, Long> counter() {
        return caches.get(CACHE, 0);
    }

    /** Adds one where the entry lives, so that two servers never count the same change once. */
    static final class Increment implements EntryProcessor<String, Long, Long>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public Long process(MutableEntry<String, Long> entry, Object... arguments) {
            long next = (entry.exists() ? entry.getValue() : 0L) + 1;
            entry.setValue(next);
            return next;
        }
    }
}
