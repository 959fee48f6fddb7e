package org.bepart.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * The application's database and its schema. With no settings it is an embedded H2 database in the server's working
 * directory; the deployer switches to PostgreSQL with the MicroProfile Config keys {@code bepart.db.*} (system
 * properties, or environment variables such as {@code BEPART_DB_URL}). Flyway brings the schema up to date at deploy,
 * once the database answers (a server may start before its database after a reboot).
 * <p>
 * The pool checks each connection before handing it out and, when one is broken (the database restarted), drops
 * them all, so the application recovers by itself; connecting, waiting for a free connection and each statement are
 * bounded in time, so that a request never hangs long on a database that does not answer.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=bepart.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=bepart.db.url:jdbc:h2:./bepart-data/bepart;WRITE_DELAY=0}",
        user = "${MPCONFIG=bepart.db.user:bepart}",
        password = "${MPCONFIG=bepart.db.password:bepart}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "loginTimeout=${MPCONFIG=bepart.db.connect-timeout-seconds:2}",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=${MPCONFIG=bepart.db.max-wait-millis:10000}",
                "fish.payara.statement-timeout-in-seconds=${MPCONFIG=bepart.db.statement-timeout-seconds:60}"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/bepart";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        long waitSeconds = ConfigProvider.getConfig()
                .getOptionalValue("bepart.db.start-wait-seconds", Long.class).orElse(300L);
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        while (true) {
            try {
                MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
                LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                        + result.migrationsExecuted + " migrations applied now)");
                return;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warning(() -> "Waiting for the database to answer (up to " + waitSeconds + " s in all): " + e);
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
