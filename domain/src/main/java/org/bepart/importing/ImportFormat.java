package org.bepart.importing;

/** The kinds of file an import reads, recognised by their content. */
public enum ImportFormat {
    CSV,
    XLSX
}
