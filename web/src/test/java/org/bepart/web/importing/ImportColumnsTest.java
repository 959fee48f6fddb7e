package org.bepart.web.importing;

import org.bepart.importing.ImportColumn;
import org.bepart.web.api.ApiInitiative;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An export of the catalogue imports again: the import knows every column of the CSV export, by the same name. */
class ImportColumnsTest {

    @Test
    void theImportsColumnsAreTheExportsColumns() {
        assertEquals(ApiInitiative.COLUMNS, Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
        for (String column : ApiInitiative.COLUMNS) {
            assertEquals(column, ImportColumn.ofHeader(column.toUpperCase()).orElseThrow().header());
        }
        assertEquals(List.of(), Arrays.stream(ImportColumn.values()).filter(c -> c.isRead())
                .map(ImportColumn::header).filter(h -> !ApiInitiative.COLUMNS.contains(h)).toList());
    }
}
