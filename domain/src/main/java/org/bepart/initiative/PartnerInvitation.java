package org.bepart.initiative;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.shared.Require;

import java.time.Duration;
import java.time.Instant;

/**
 * The invitation of the other side of an initiative: the partner organisation's name and a contact address, to which
 * a single-use link is mailed (only its SHA-256 hash is stored). A newer invitation for the same initiative revokes
 * the older ones.
 */
@Entity
@Table(name = "partner_invitation")
@NamedQuery(name = PartnerInvitation.FIND_BY_HASH,
        query = "SELECT p FROM PartnerInvitation p WHERE p.tokenHash = :hash")
@NamedQuery(name = PartnerInvitation.FIND_BY_INITIATIVE,
        query = "SELECT p FROM PartnerInvitation p WHERE p.initiative = :initiative ORDER BY p.invitedAt DESC, p.id DESC")
public class PartnerInvitation {

    public static final String FIND_BY_HASH = "PartnerInvitation.findByHash";
    public static final String FIND_BY_INITIATIVE = "PartnerInvitation.findByInitiative";
    public static final Duration LIFETIME = Duration.ofDays(30);

    @Id
    @SequenceGenerator(name = "partner_invitation_seq", sequenceName = "partner_invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_invitation_seq")
    private Long id;

    @Version
    private int version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id", nullable = false)
    private Initiative initiative;

    @NotNull @Size(max = Party.NAME_MAX)
    @Column(name = "organisation_name", nullable = false, length = Party.NAME_MAX)
    private String organisationName;

    @NotNull @Size(max = Party.EMAIL_MAX)
    @Column(nullable = false, length = Party.EMAIL_MAX)
    private String email;

    @NotNull
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "invited_by")
    private Long invitedBy;

    @NotNull
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PartnerInvitation() {
    }

    public PartnerInvitation(Initiative initiative, String organisationName, String email, String tokenHash,
                             Account invitedBy, Instant now) {
        this.initiative = Require.notNull(initiative, "initiative");
        this.organisationName = Require.maxLength(Require.notBlank(organisationName, "organisation"),
                Party.NAME_MAX, "organisation");
        this.email = Account.normaliseEmail(email);
        this.tokenHash = Require.notBlank(tokenHash, "token hash");
        this.invitedBy = invitedBy == null ? null : invitedBy.getId();
        this.invitedAt = Require.notNull(now, "now");
        this.expiresAt = now.plus(LIFETIME);
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    public void accept(Account account, Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("invitation no longer open");
        }
        acceptedBy = Require.notNull(account, "account").getId();
        acceptedAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null && acceptedAt == null) {
            revokedAt = Require.notNull(now, "now");
        }
    }

    public Long getId() {
        return id;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getEmail() {
        return email;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Long getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
