package org.bepart.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * The application's database and its schema. With no settings it is an embedded H2 database in the server's working
 * directory; the deployer switches to PostgreSQL with the MicroProfile Config keys {@code bepart.db.*} (system
 * properties, or environment variables such as {@code BEPART_DB_URL}). Flyway brings the schema up to date at deploy.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=bepart.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=bepart.db.url:jdbc:h2:./bepart-data/bepart}",
        user = "${MPCONFIG=bepart.db.user:bepart}",
        password = "${MPCONFIG=bepart.db.password:bepart}",
        minPoolSize = 2,
        maxPoolSize = 32)
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
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}
