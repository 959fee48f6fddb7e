package org.bepart.web.audit;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CSV cells are quoted, and none can run as a formula in a spreadsheet. */
class CsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() {
        for (String formula : List.of("=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("\"'" + formula.replace("\"", "\"\"") + "\"", Csv.cell(formula), formula);
        }
        assertEquals("\"a-b = c\"", Csv.cell("a-b = c"), "only the first character matters");
    }

    @Test
    void cellsAreQuotedWithTheirQuotesDoubledAndNullIsEmpty() {
        assertEquals("\"say \"\"hi\"\", then go\"", Csv.cell("say \"hi\", then go"));
        assertEquals("\"\",\"42\",\"line\nbreak\"\r\n", Csv.line(Arrays.asList(null, 42L, "line\nbreak")));
    }
}
