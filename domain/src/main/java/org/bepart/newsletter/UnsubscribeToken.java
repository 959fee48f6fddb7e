package org.bepart.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * The unsubscribe link of one mail to a subscriber: each mail gets a token of its own and only its SHA-256 (hex) is
 * kept, so a copy of this table gives no working link. Any of them ends the subscription; they do not expire, as an
 * old mail's link must still work.
 */
@Entity
@Table(name = "newsletter_unsubscribe")
public class UnsubscribeToken {

    public static final int HASH_LENGTH = 64;

    @Id
    @Size(max = HASH_LENGTH)
    @Column(name = "token_hash", length = HASH_LENGTH)
    private String tokenHash;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscriber_id", nullable = false)
    private Subscriber subscriber;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UnsubscribeToken() {
    }

    public UnsubscribeToken(String tokenHash, Subscriber subscriber, Instant now) {
        this.tokenHash = Require.maxLength(Require.notBlank(tokenHash, "token hash"), HASH_LENGTH, "token hash");
        this.subscriber = Require.notNull(subscriber, "subscriber");
        this.createdAt = Require.notNull(now, "now");
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Subscriber getSubscriber() {
        return subscriber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
