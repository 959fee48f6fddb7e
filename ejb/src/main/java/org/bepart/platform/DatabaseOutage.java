package org.bepart.platform;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells failures caused by an unreachable database (stopped, restarting, cut off, too slow to answer) from every
 * other failure: those are worth a "try again in a moment" (HTTP 503), and background jobs wait for the database to
 * return instead of giving up. Works on any wrapping (EJB, JPA, EclipseLink, the connection pool).
 */
public final class DatabaseOutage {

    /** SQL states of an unusable connection: class 08, the server shutting down or starting, a cancelled query. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014", "53300", "HYT00", "HYT01");
    /** The connection pool's own exceptions when it cannot get a connection (Payara, by name: not on our class path). */
    private static final Set<String> POOL_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "com.sun.enterprise.resource.allocator.ResourceAllocationException",
            "jakarta.resource.spi.ResourceAllocationException",
            "jakarta.resource.spi.RetryableUnavailableException");
    /** H2: the database was closed or its file is in use by another process. */
    private static final Set<Integer> H2_CODES = Set.of(90098, 90121, 90020, 90067);

    private DatabaseOutage() {
    }

    /** Whether {@code failure} or anything it wraps says the database could not be reached or did not answer. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        boolean database = false;
        for (Throwable t = failure; t != null && depth < 64; t = next(t), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException
                    || POOL_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            // network failures count below a database layer only (not a client that went away, not SMTP)
            if (database && (t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof SocketException)) {
                return true;
            }
            database |= t instanceof SQLException || t.getClass().getName().startsWith("org.eclipse.persistence.")
                    || t instanceof jakarta.persistence.PersistenceException;
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                    return true;
                }
                if (H2_CODES.contains(sql.getErrorCode()) && sql.getClass().getName().startsWith("org.h2.")) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().startsWith("Error in allocating a connection")) {
                    return true; // the pool's wording when the database refuses new connections
                }
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null && t instanceof SQLException sql) {
            cause = sql.getNextException();
        }
        if (cause == null && t instanceof jakarta.ejb.EJBException ejb) {
            cause = ejb.getCausedByException();
        }
        return cause == t ? null : cause;
    }
}
