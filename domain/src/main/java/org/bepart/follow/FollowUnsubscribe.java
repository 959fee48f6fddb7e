package org.bepart.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.bepart.shared.Require;

import java.time.Instant;

/** The unsubscribe link of one follow mail: only the SHA-256 of its token is kept. */
@Entity
@Table(name = "follow_unsubscribe")
public class FollowUnsubscribe {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @NotNull
    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FollowUnsubscribe() {
    }

    public FollowUnsubscribe(String tokenHash, long accountId, Instant now) {
        this.tokenHash = Require.notBlank(tokenHash, "tokenHash");
        this.accountId = accountId;
        this.createdAt = Require.notNull(now, "now");
    }

    public Long getAccountId() {
        return accountId;
    }
}
