package org.bepart.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.expiry.EternalExpiryPolicy;
import java.util.concurrent.TimeUnit;

/**
 * Named caches in Payara's data grid (JCache over Hazelcast): every server of a cluster sees the same entries, so
 * what one server worked out the others need not work out again, and a limit counted here holds for all of them.
 */
@ApplicationScoped
public class SharedCaches {

    @Inject
    private CacheManager manager;

    /**
     * The cache {@code name}, made on first use with entries living {@code seconds} after they were put (0: as long
     * as the data grid runs).
     */
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> get(String name, long seconds) {
        Cache<K, V> cache = (Cache<K, V>) manager.getCache(name);
        if (cache != null) {
            return cache;
        }
        MutableConfiguration<K, V> configuration = new MutableConfiguration<K, V>()
                .setExpiryPolicyFactory(seconds <= 0 ? EternalExpiryPolicy.factoryOf()
                        : CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, seconds)))
                .setStatisticsEnabled(false);
        try {
            return manager.createCache(name, configuration);
        } catch (CacheException e) {
            // another thread or server made it meanwhile
            Cache<K, V> made = (Cache<K, V>) manager.getCache(name);
            if (made == null) {
                throw e;
            }
            return made;
        }
    }
}
