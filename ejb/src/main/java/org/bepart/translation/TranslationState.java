package org.bepart.translation;

/** Where a translation of an initiative into one language stands. */
public enum TranslationState {
    /** Nobody translated it yet. */
    NONE,
    /** Saved, not shown to readers. */
    DRAFT,
    /** Readers get it. */
    PUBLISHED,
    /** Readers get it, with a note: the original changed since in some fields. */
    OUTDATED
}
