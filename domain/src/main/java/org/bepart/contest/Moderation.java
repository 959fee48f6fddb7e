package org.bepart.contest;

/** An entry's moderation: the public sees approved entries only. */
public enum Moderation {
    PENDING,
    APPROVED,
    REJECTED
}
