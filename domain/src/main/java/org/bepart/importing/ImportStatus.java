package org.bepart.importing;

/** Where an import stands: checked (a dry run, nothing saved), importing, or done. Stored by name. */
public enum ImportStatus {
    CHECKED,
    RUNNING,
    DONE
}
