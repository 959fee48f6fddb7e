package org.bepart.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * A single-use, expiring token mailed as a link. Only the SHA-256 hash of the token is stored, so a copy of the
 * database does not give working links.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.FIND_BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.DELETE_BY_ACCOUNT, query = "DELETE FROM AccountToken t WHERE t.account = :account")
public class AccountToken {

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    public static final String DELETE_BY_ACCOUNT = "AccountToken.deleteByAccount";
    public static final int HASH_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @NotNull
    @Column(name = "token_hash", nullable = false, unique = true, length = HASH_LENGTH)
    private String tokenHash;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = Require.notNull(account, "account");
        this.purpose = Require.notNull(purpose, "purpose");
        this.tokenHash = Require.notBlank(tokenHash, "token hash");
        this.createdAt = Require.notNull(now, "now");
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** Unused, not expired and for {@code purpose}. */
    public boolean isUsable(TokenPurpose purpose, Instant now) {
        return this.purpose == purpose && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("token already used");
        }
        usedAt = Require.notNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
