package org.bepart.partner;

import org.bepart.initiative.PartnerInvitation;

import java.time.Instant;

/** An invitation as forms and the back office list it. */
public record InvitationView(long id, String organisationName, String email, Instant invitedAt, Instant expiresAt,
                             State state) {

    /** Where an invitation stands. */
    public enum State {
        OPEN, ACCEPTED, REVOKED, EXPIRED
    }

    public static InvitationView of(PartnerInvitation p, Instant now) {
        State state = p.getAcceptedAt() != null ? State.ACCEPTED : p.getRevokedAt() != null ? State.REVOKED
                : p.isOpen(now) ? State.OPEN : State.EXPIRED;
        return new InvitationView(p.getId(), p.getOrganisationName(), p.getEmail(), p.getInvitedAt(),
                p.getExpiresAt(), state);
    }
}
