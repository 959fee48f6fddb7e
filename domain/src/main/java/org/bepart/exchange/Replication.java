package org.bepart.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.initiative.Initiative;
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * An initiative that says it was inspired by another ({@code original}), with what it adapted. Its organisation made
 * the link; both pages show it once both initiatives are public.
 */
@Entity
@Table(name = "replication")
@NamedQuery(name = Replication.FIND_PUBLIC_BY_INITIATIVES, query = "SELECT r.initiative.id, r.original.id, r.adaptation"
        + " FROM Replication r WHERE (r.initiative.id IN :ids OR r.original.id IN :ids)"
        + " AND r.initiative.status IN :statuses AND r.initiative.heldAt IS NULL"
        + " AND r.original.status IN :statuses AND r.original.heldAt IS NULL ORDER BY r.createdAt, r.id")
@NamedQuery(name = Replication.FIND_BY_PAIR, query = "SELECT r FROM Replication r"
        + " WHERE r.initiative.id = :initiative AND r.original.id = :original")
@NamedQuery(name = Replication.COUNT_PUBLIC_OF_ORIGINAL, query = "SELECT COUNT(r) FROM Replication r"
        + " WHERE r.original.id = :original AND r.initiative.status IN :statuses AND r.initiative.heldAt IS NULL")
@NamedQuery(name = Replication.FIND_BY_INITIATIVE, query = "SELECT r FROM Replication r"
        + " WHERE r.initiative.id = :initiative OR r.original.id = :initiative")
public class Replication {

    /** Rows of (replicating id, original id, adaptation) touching {@code :ids} where both ends are public. */
    public static final String FIND_PUBLIC_BY_INITIATIVES = "Replication.findPublicByInitiatives";
    public static final String FIND_BY_PAIR = "Replication.findByPair";
    public static final String COUNT_PUBLIC_OF_ORIGINAL = "Replication.countPublicOfOriginal";
    /** Every replication where {@code :initiative} is either end. */
    public static final String FIND_BY_INITIATIVE = "Replication.findByInitiative";
    public static final int ADAPTATION_MIN = 10;
    public static final int ADAPTATION_MAX = 500;

    @Id
    @SequenceGenerator(name = "replication_seq", sequenceName = "replication_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "replication_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id", nullable = false)
    private Initiative initiative;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "original_id", nullable = false)
    private Initiative original;

    @NotNull
    @Size(min = ADAPTATION_MIN, max = ADAPTATION_MAX)
    @Column(nullable = false, length = ADAPTATION_MAX)
    private String adaptation;

    @Column(name = "created_by")
    private Long createdBy;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Replication() {
    }

    /** {@code initiative} was inspired by {@code original}; {@code adaptation} says what it did differently. */
    public Replication(Initiative initiative, Initiative original, String adaptation, Long createdBy, Instant now) {
        this.initiative = Require.notNull(initiative, "initiative");
        this.original = Require.notNull(original, "original");
        if (initiative == original || initiative.getId() != null && initiative.getId().equals(original.getId())) {
            throw new IllegalArgumentException("an initiative cannot replicate itself");
        }
        this.adaptation = Require.maxLength(Require.notBlank(adaptation, "adaptation").strip(), ADAPTATION_MAX,
                "adaptation");
        this.createdBy = createdBy;
        this.createdAt = Require.notNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public Initiative getOriginal() {
        return original;
    }

    public String getAdaptation() {
        return adaptation;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
