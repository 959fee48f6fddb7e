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

/** One account following one target: at most once per account, kind and key. */
@Entity
@Table(name = "follow")
@NamedQuery(name = Follow.FIND_BY_ACCOUNT,
        query = "SELECT f FROM Follow f WHERE f.accountId = :account ORDER BY f.createdAt DESC, f.id DESC")
@NamedQuery(name = Follow.FIND_ONE, query = "SELECT f FROM Follow f WHERE f.accountId = :account"
        + " AND f.target = :target AND f.targetKey = :key")
@NamedQuery(name = Follow.COUNT_FOLLOWERS, query = "SELECT COUNT(f) FROM Follow f"
        + " WHERE f.target = :target AND f.targetKey = :key")
@NamedQuery(name = Follow.FOLLOWERS, query = "SELECT DISTINCT f.accountId FROM Follow f"
        + " WHERE f.target = :target AND f.targetKey IN :keys")
public class Follow {

    public static final String FIND_BY_ACCOUNT = "Follow.findByAccount";
    public static final String FIND_ONE = "Follow.findOne";
    public static final String FOLLOWERS = "Follow.followers";
    /** How many accounts follow {@code :target} {@code :key}. */
    public static final String COUNT_FOLLOWERS = "Follow.countFollowers";
    /** Follows one account may have. */
    public static final int MAX_PER_ACCOUNT = 500;

    @Id
    @SequenceGenerator(name = "follow_seq", sequenceName = "follow_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_seq")
    private Long id;

    @NotNull
    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    private FollowTarget target;

    @NotNull @Size(max = FollowTarget.KEY_MAX)
    @Column(name = "target_key", nullable = false, length = FollowTarget.KEY_MAX)
    private String targetKey;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Follow() {
    }

    /** {@code rawKey} is checked and spelled by {@link FollowTarget#key}. */
    public Follow(long accountId, FollowTarget target, String rawKey, Instant now) {
        this.accountId = accountId;
        this.target = Require.notNull(target, "target");
        this.targetKey = target.key(rawKey);
        this.createdAt = Require.notNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public FollowTarget getTarget() {
        return target;
    }

    public String getTargetKey() {
        return targetKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
