package org.bepart.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/**
 * One committed change of public content, numbered by the database: written in the transaction that made the change
 * (by SQL, see {@link #INSERT}), read by every server in order of its number. Numbers may commit out of order and
 * leave gaps (a rolled-back transaction), which readers allow for.
 */
@Entity
@Table(name = "content_change")
@NamedQuery(name = ContentChange.FIND_AFTER,
        query = "SELECT c FROM ContentChange c WHERE c.id > :after ORDER BY c.id")
@NamedQuery(name = ContentChange.FIND_IDS, query = "SELECT c FROM ContentChange c WHERE c.id IN :ids")
@NamedQuery(name = ContentChange.MAX_ID, query = "SELECT MAX(c.id) FROM ContentChange c")
@NamedQuery(name = ContentChange.MIN_ID, query = "SELECT MIN(c.id) FROM ContentChange c")
@NamedQuery(name = ContentChange.MAX_ID_OF_KIND, query = "SELECT MAX(c.id) FROM ContentChange c WHERE c.kind = :kind")
@NamedQuery(name = ContentChange.MAX_ID_BEFORE,
        query = "SELECT MAX(c.id) FROM ContentChange c WHERE c.changedAt < :before")
@NamedQuery(name = ContentChange.DELETE_BEFORE, query = "DELETE FROM ContentChange c WHERE c.changedAt < :before")
public class ContentChange {

    public static final String FIND_AFTER = "ContentChange.findAfter";
    public static final String FIND_IDS = "ContentChange.findIds";
    public static final String MAX_ID = "ContentChange.maxId";
    public static final String MIN_ID = "ContentChange.minId";
    public static final String MAX_ID_OF_KIND = "ContentChange.maxIdOfKind";
    public static final String MAX_ID_BEFORE = "ContentChange.maxIdBefore";
    public static final String DELETE_BEFORE = "ContentChange.deleteBefore";
    /**
     * Adds a change of one entity (kind, entity id, time): plain SQL, so that the database numbers it with its
     * identity column on H2 and PostgreSQL alike, in the caller's transaction.
     */
    public static final String INSERT = "INSERT INTO content_change (kind, entity_id, changed_at) VALUES (?, ?, ?)";
    /** Adds a change of everything (kind, time): no entity id, which PostgreSQL would not take as an untyped null. */
    public static final String INSERT_ALL = "INSERT INTO content_change (kind, changed_at) VALUES (?, ?)";

    /** What changed. */
    public enum Kind {
        /** An initiative: its document in the index and the pages that show it. */
        INITIATIVE,
        /** Everything: an administrator asked for the search index to be rebuilt on every server. */
        REBUILD,
        /** Every related-initiatives list was worked out again (by one server): the others load them. */
        RELATED,
        /** A news item: the pages that show news. */
        NEWS,
        /** An event: the pages that show events. */
        EVENT,
        /** A contest or its entries: the pages that show contests. */
        CONTEST,
        /** A managed list (themes, tools, target groups): the terms every server keeps, and the initiatives' pages. */
        TAXONOMY,
        /** An organisation's details: the directory and its page. */
        ORGANISATION
    }

    @Id
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "entity_id")
    private Long entityId;

    @NotNull
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ContentChange() {
    }

    public long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    /** The initiative's id for {@link Kind#INITIATIVE}; null for the others. */
    public Long getEntityId() {
        return entityId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
