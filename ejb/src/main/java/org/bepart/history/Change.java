package org.bepart.history;

/** Whether a piece of text is in both versions, only in the later one, or only in the earlier one. */
public enum Change {
    SAME,
    ADDED,
    REMOVED
}
