package org.bepart.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * Something that happened to what an account follows, waiting to be mailed: once per account and event (the table's
 * unique key), mailed once ({@link #mailed}; an item found hidden when mailed is marked too, and left out).
 */
@Entity
@Table(name = "follow_item")
@NamedQuery(name = FollowItem.PENDING, query = "SELECT i FROM FollowItem i WHERE i.accountId = :account"
        + " AND i.mailedAt IS NULL ORDER BY i.kind, i.createdAt, i.id")
@NamedQuery(name = FollowItem.COUNT, query = "SELECT COUNT(i) FROM FollowItem i WHERE i.accountId = :account"
        + " AND i.kind = :kind AND i.subjectId = :subject AND i.eventKey = :event")
@NamedQuery(name = FollowItem.ACCOUNTS_PENDING,
        query = "SELECT DISTINCT i.accountId FROM FollowItem i WHERE i.mailedAt IS NULL")
public class FollowItem {

    public static final String PENDING = "FollowItem.pending";
    public static final String COUNT = "FollowItem.count";
    public static final String ACCOUNTS_PENDING = "FollowItem.accountsPending";
    /** The event key of items that happen once per subject (a validation, a news item's publication). */
    public static final String ONCE = "once";

    @Id
    @SequenceGenerator(name = "follow_item_seq", sequenceName = "follow_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_item_seq")
    private Long id;

    @NotNull
    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 20)
    private FollowItemKind kind;

    @NotNull
    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @NotNull @Size(max = 60)
    @Column(name = "event_key", nullable = false, length = 60)
    private String eventKey;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected FollowItem() {
    }

    public FollowItem(long accountId, FollowItemKind kind, long subjectId, String eventKey, Instant now) {
        this.accountId = accountId;
        this.kind = Require.notNull(kind, "kind");
        this.subjectId = subjectId;
        this.eventKey = Require.maxLength(Require.notBlank(eventKey, "eventKey"), 60, "eventKey");
        this.createdAt = Require.notNull(now, "now");
    }

    /** Records that it was mailed (or left out of a mail): it is never mailed again. */
    public void mailed(Instant now) {
        if (mailedAt != null) {
            throw new IllegalStateException("follow item " + id + " was mailed at " + mailedAt);
        }
        this.mailedAt = Require.notNull(now, "now");
    }

    public boolean isMailed() {
        return mailedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public FollowItemKind getKind() {
        return kind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getEventKey() {
        return eventKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }
}
