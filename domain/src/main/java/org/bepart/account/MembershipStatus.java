package org.bepart.account;

/** Where an invitation to join an organisation stands. */
public enum MembershipStatus {
    /** Sent, waiting for the invited person (until it expires). */
    OPEN,
    ACCEPTED,
    DECLINED,
    /** Withdrawn by a member before it was answered. */
    REVOKED
}
