package org.bepart.importing;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A row of an import file: its number as a spreadsheet shows it (the header is row 1) and its values by column. */
public record ImportRow(int number, Map<ImportColumn, String> values) implements Serializable {

    public ImportRow {
        if (number < 1) {
            throw new IllegalArgumentException("rows start at 1");
        }
        values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(ImportColumn.class)
                : new EnumMap<>(values));
    }

    /** The value of {@code column}, stripped; null when the file has no such column or the cell is blank. */
    public String value(ImportColumn column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
