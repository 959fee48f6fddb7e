package org.bepart.partner;

/** Where a partner invitation stands. */
public enum InvitationState {
    OPEN, ACCEPTED, REVOKED, EXPIRED
}
