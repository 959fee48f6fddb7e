package org.bepart.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.bepart.cluster.ClusterLock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Work that must happen once per cluster: periodic jobs take a lease ({@link #lease}) and start-up work holds the
 * start-up lock for its transaction ({@link #holdStartupLock}).
 */
@Stateless
public class ClusterLocks {

    /** This server's name in the leases it holds: the Payara instance and a number of this start. */
    public static final String SERVER = System.getProperty("com.sun.aas.instanceName", "server") + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    private static final Logger LOG = Logger.getLogger(ClusterLocks.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Takes the lease {@code name} for {@code length} when no other server holds it, or extends this server's own;
     * false when another server holds it. A job that runs every period takes it for a little less than the period,
     * so that exactly one server runs each round, and another takes over when that one stops.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean lease(String name, Duration length) {
        Instant now = clock.instant();
        int taken = em.createNamedQuery(ClusterLock.LEASE).setParameter("holder", SERVER)
                .setParameter("until", now.plus(length)).setParameter("name", name).setParameter("now", now)
                .executeUpdate();
        if (taken == 0 && em.find(ClusterLock.class, name) == null) {
            LOG.warning(() -> "No lock " + name + " in cluster_lock: the job runs on every server");
            return true;
        }
        return taken == 1;
    }

    /** Gives up this server's lease {@code name}, for work done once rather than every period. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String name) {
        em.createNamedQuery(ClusterLock.RELEASE).setParameter("holder", SERVER).setParameter("name", name)
                .executeUpdate();
    }

    /**
     * Locks the start-up row until the caller's transaction ends: start-up work of two servers starting at once runs
     * one after the other, and the second sees what the first did.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdStartupLock() {
        em.find(ClusterLock.class, ClusterLock.STARTUP, LockModeType.PESSIMISTIC_WRITE);
    }
}
