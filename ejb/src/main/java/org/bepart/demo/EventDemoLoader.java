package org.bepart.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Logger;

/** At start-up, adds the demo events to a database without events when {@code bepart.demo-data} is true. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventDemoLoader {

    private static final Logger LOG = Logger.getLogger(EventDemoLoader.class.getName());

    @EJB
    private EventDemoWriter writer;

    @PostConstruct
    void load() {
        boolean enabled = ConfigProvider.getConfig().getOptionalValue(DemoDataLoader.ENABLED_KEY, Boolean.class)
                .orElse(false);
        if (!enabled) {
            return;
        }
        int loaded = writer.loadIfEmpty();
        LOG.info(() -> loaded == 0 ? "Demo data: the database already holds events, nothing loaded"
                : "Demo data: " + loaded + " events loaded");
    }
}
