package org.bepart.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.bepart.shared.Require;

import java.time.Instant;

/** How an account's follows are mailed, and when its last digest went out. Without a row: {@link #DEFAULT}. */
@Entity
@Table(name = "follow_setting")
@NamedQuery(name = FollowSetting.FIND_BY_DELIVERY,
        query = "SELECT s FROM FollowSetting s WHERE s.delivery = :delivery ORDER BY s.accountId")
public class FollowSetting {

    public static final String FIND_BY_DELIVERY = "FollowSetting.findByDelivery";
    /** Until an account chooses: a weekly digest, the least mail that still tells. */
    public static final FollowDelivery DEFAULT = FollowDelivery.WEEKLY;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FollowDelivery delivery;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    protected FollowSetting() {
    }

    /** The first digest is due one period after {@code now}. */
    public FollowSetting(long accountId, FollowDelivery delivery, Instant now) {
        this.accountId = accountId;
        this.delivery = Require.notNull(delivery, "delivery");
        this.lastDigestAt = Require.notNull(now, "now");
    }

    public void choose(FollowDelivery chosen) {
        this.delivery = Require.notNull(chosen, "delivery");
    }

    /** Whether a digest is due at {@code now}. */
    public boolean isDigestDue(Instant now) {
        return delivery.isDue(lastDigestAt, now);
    }

    public void digestSent(Instant now) {
        this.lastDigestAt = Require.notNull(now, "now");
    }

    public Long getAccountId() {
        return accountId;
    }

    public FollowDelivery getDelivery() {
        return delivery;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }
}
