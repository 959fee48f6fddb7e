package org.bepart.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A named lock shared by the servers of a cluster through the database. {@link #STARTUP} is held as a row lock by
 * start-up work that must happen once (the first administrator, demo data); the others are leases of periodic jobs,
 * taken for a while by one server ({@link #LEASE}) and lapsing when it dies.
 */
@Entity
@Table(name = "cluster_lock")
@NamedQuery(name = ClusterLock.LEASE, query = "UPDATE ClusterLock l SET l.holder = :holder, l.heldUntil = :until "
        + "WHERE l.name = :name AND (l.heldUntil IS NULL OR l.heldUntil < :now OR l.holder = :holder)")
@NamedQuery(name = ClusterLock.RELEASE, query = "UPDATE ClusterLock l SET l.holder = NULL, l.heldUntil = NULL "
        + "WHERE l.name = :name AND l.holder = :holder")
public class ClusterLock {

    /** Takes the lease {@code :name} for {@code :holder} until {@code :until} if it is free, lapsed or its own. */
    public static final String LEASE = "ClusterLock.lease";
    /** Gives the lease {@code :name} up if {@code :holder} holds it. */
    public static final String RELEASE = "ClusterLock.release";
    public static final String STARTUP = "startup";
    public static final int NAME_MAX = 40;
    public static final int HOLDER_MAX = 80;

    @Id
    @Column(length = NAME_MAX)
    private String name;

    @Column(length = HOLDER_MAX)
    private String holder;

    @Column(name = "held_until")
    private Instant heldUntil;

    protected ClusterLock() {
    }

    public String getName() {
        return name;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getHeldUntil() {
        return heldUntil;
    }
}
