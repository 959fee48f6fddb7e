package org.bepart.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * A snapshot of a published initiative after one edit: its public record as plain text, one field per block, so
 * that two versions can be compared line by line. Never changed.
 */
@Entity
@Table(name = "initiative_version")
@NamedQuery(name = InitiativeVersion.FIND_BY_INITIATIVE,
        query = "SELECT v FROM InitiativeVersion v WHERE v.initiativeId = :initiativeId ORDER BY v.number DESC")
@NamedQuery(name = InitiativeVersion.FIND_BY_NUMBER, query =
        "SELECT v FROM InitiativeVersion v WHERE v.initiativeId = :initiativeId AND v.number = :number")
@NamedQuery(name = InitiativeVersion.LAST_NUMBER,
        query = "SELECT MAX(v.number) FROM InitiativeVersion v WHERE v.initiativeId = :initiativeId")
public class InitiativeVersion {

    public static final String FIND_BY_INITIATIVE = "InitiativeVersion.findByInitiative";
    public static final String FIND_BY_NUMBER = "InitiativeVersion.findByNumber";
    public static final String LAST_NUMBER = "InitiativeVersion.lastNumber";
    public static final int SNAPSHOT_MAX = 1_000_000;

    @Id
    @SequenceGenerator(name = "initiative_version_seq", sequenceName = "initiative_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_version_seq")
    private Long id;

    @NotNull
    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    @Column(nullable = false)
    private int number;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "author_id")
    private Long authorId;

    @Size(max = Account.NAME_MAX)
    @Column(name = "author_name", length = Account.NAME_MAX)
    private String authorName;

    @NotNull @Size(max = SNAPSHOT_MAX)
    @Column(nullable = false, length = SNAPSHOT_MAX)
    private String snapshot;

    protected InitiativeVersion() {
    }

    public InitiativeVersion(Long initiativeId, int number, String snapshot, Account author, Instant now) {
        this.initiativeId = Require.notNull(initiativeId, "initiative id");
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        this.number = number;
        this.snapshot = Require.maxLength(Require.notNull(snapshot, "snapshot"), SNAPSHOT_MAX, "snapshot");
        this.authorId = author == null ? null : author.getId();
        this.authorName = author == null ? null : author.getDisplayName();
        this.createdAt = Require.notNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
