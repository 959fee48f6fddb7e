package org.bepart.web.audit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Lines of CSV (RFC 4180) that spreadsheets open safely: every cell quoted, and a cell that a spreadsheet would run
 * as a formula (starting with =, +, -, @, a tab or a carriage return) starts with an apostrophe instead.
 */
final class Csv {

    private Csv() {
    }

    /** One line, ending with CRLF; null cells are empty. */
    static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
