package org.bepart.partner;

import org.bepart.initiative.PartnerInvitation;

import java.io.Serializable;
import java.time.Instant;

/** An invitation as forms and the back office list it. */
public record InvitationView(long id, String organisationName, String email, Instant invitedAt, Instant expiresAt,
                             InvitationState state) implements Serializable {

    public static InvitationView of(PartnerInvitation p, Instant now) {
        InvitationState state = p.getAcceptedAt() != null ? InvitationState.ACCEPTED
                : p.getRevokedAt() != null ? InvitationState.REVOKED
                : p.isOpen(now) ? InvitationState.OPEN : InvitationState.EXPIRED;
        return new InvitationView(p.getId(), p.getOrganisationName(), p.getEmail(), p.getInvitedAt(),
                p.getExpiresAt(), state);
    }
}
