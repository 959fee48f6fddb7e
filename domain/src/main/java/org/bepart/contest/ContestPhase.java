package org.bepart.contest;

/** Where a published contest stands at a given time: not yet open, taking entries, or closed. */
public enum ContestPhase {
    UPCOMING,
    OPEN,
    CLOSED
}
