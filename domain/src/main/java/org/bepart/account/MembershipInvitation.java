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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.organisation.Organisation;
import org.bepart.shared.Require;

import java.time.Duration;
import java.time.Instant;

/**
 * An invitation to join an organisation, sent to an e-mail address. Nobody becomes a member without accepting: the
 * account with that (confirmed) address accepts or declines it; a member may withdraw it while it is open.
 */
@Entity
@Table(name = "membership_invitation")
@NamedQuery(name = MembershipInvitation.FIND_OPEN_BY_ORGANISATION, query = "SELECT i FROM MembershipInvitation i "
        + "WHERE i.organisation = :organisation AND i.status = org.bepart.account.MembershipStatus.OPEN "
        + "AND i.expiresAt > :now ORDER BY i.email")
@NamedQuery(name = MembershipInvitation.FIND_OPEN_BY_EMAIL, query = "SELECT i FROM MembershipInvitation i "
        + "WHERE i.email = :email AND i.status = org.bepart.account.MembershipStatus.OPEN "
        + "AND i.expiresAt > :now ORDER BY i.invitedAt DESC, i.id DESC")
@NamedQuery(name = MembershipInvitation.FIND_BY_ORGANISATION, query = "SELECT i FROM MembershipInvitation i "
        + "WHERE i.organisation = :organisation ORDER BY i.id")
@NamedQuery(name = MembershipInvitation.DELETE_BY_EMAIL, query = "DELETE FROM MembershipInvitation i "
        + "WHERE i.email = :email")
public class MembershipInvitation {

    public static final String FIND_OPEN_BY_ORGANISATION = "MembershipInvitation.findOpenByOrganisation";
    public static final String FIND_OPEN_BY_EMAIL = "MembershipInvitation.findOpenByEmail";
    /** Every invitation of an organisation, answered or not. */
    public static final String FIND_BY_ORGANISATION = "MembershipInvitation.findByOrganisation";
    public static final String DELETE_BY_EMAIL = "MembershipInvitation.deleteByEmail";
    public static final Duration LIFETIME = Duration.ofDays(30);

    @Id
    @SequenceGenerator(name = "membership_invitation_seq", sequenceName = "membership_invitation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_invitation_seq")
    private Long id;

    @Version
    private int version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    /** Lower case, as accounts store theirs. */
    @NotNull @Size(max = Account.EMAIL_MAX)
    @Column(nullable = false, length = Account.EMAIL_MAX)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipStatus status;

    @Column(name = "invited_by")
    private Long invitedBy;

    @NotNull
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @NotNull
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected MembershipInvitation() {
    }

    public MembershipInvitation(Organisation organisation, String email, Account invitedBy, Instant now) {
        this.organisation = Require.notNull(organisation, "organisation");
        this.email = Account.normaliseEmail(email);
        this.status = MembershipStatus.OPEN;
        renew(invitedBy, now);
    }

    /** Sent again: open for another {@link #LIFETIME} from now. */
    public void renew(Account invitedBy, Instant now) {
        if (status != MembershipStatus.OPEN) {
            throw new IllegalStateException("invitation " + id + " is " + status);
        }
        this.invitedBy = invitedBy == null ? null : invitedBy.getId();
        this.invitedAt = Require.notNull(now, "now");
        this.expiresAt = now.plus(LIFETIME);
    }

    public boolean isOpen(Instant now) {
        return status == MembershipStatus.OPEN && now.isBefore(expiresAt);
    }

    /** Whether {@code account} is the one invited: its confirmed address is the invitation's. */
    public boolean isFor(Account account) {
        return account != null && account.isActive() && email.equals(account.getEmail());
    }

    /** The invited account joins the organisation. */
    public void accept(Account account, Instant now) {
        answer(account, MembershipStatus.ACCEPTED, now);
        account.join(organisation);
    }

    public void decline(Account account, Instant now) {
        answer(account, MembershipStatus.DECLINED, now);
    }

    public void revoke(Account member, Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("invitation " + id + " is no longer open");
        }
        status = MembershipStatus.REVOKED;
        answeredBy = member == null ? null : member.getId();
        answeredAt = now;
    }

    private void answer(Account account, MembershipStatus answer, Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("invitation " + id + " is no longer open");
        }
        if (!isFor(account)) {
            throw new IllegalArgumentException("invitation " + id + " is not for account "
                    + (account == null ? null : account.getId()));
        }
        status = answer;
        answeredBy = account.getId();
        answeredAt = Require.notNull(now, "now");
    }

    /** Moves the invitation, whatever its state, to the organisation a duplicate was merged into. */
    public void transferTo(Organisation kept) {
        this.organisation = Require.notNull(kept, "organisation");
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public MembershipStatus getStatus() {
        return status;
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

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
