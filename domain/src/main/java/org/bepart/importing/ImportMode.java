package org.bepart.importing;

/** How imported initiatives start: as drafts of a chosen organisation, or validated with a reviewer's note. */
public enum ImportMode {
    DRAFT,
    VALIDATED
}
