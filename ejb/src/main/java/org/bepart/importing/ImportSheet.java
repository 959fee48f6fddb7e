package org.bepart.importing;

import java.util.List;

/** What an import file holds: its format and its rows with a value in at least one column, in order. */
public record ImportSheet(ImportFormat format, List<ImportRow> rows) {

    public ImportSheet {
        rows = List.copyOf(rows);
    }
}
