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

/** At start-up, fills an empty database with the demo initiatives when {@code bepart.demo-data} is true. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    public static final String ENABLED_KEY = "bepart.demo-data";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @EJB
    private DemoDataWriter writer;

    @PostConstruct
    void load() {
        boolean enabled = ConfigProvider.getConfig().getOptionalValue(ENABLED_KEY, Boolean.class).orElse(false);
        if (!enabled) {
            return;
        }
        int loaded = writer.loadIfEmpty();
        LOG.info(() -> loaded == 0 ? "Demo data: the database already holds initiatives, nothing loaded"
                : "Demo data: " + loaded + " initiatives loaded");
    }
}
