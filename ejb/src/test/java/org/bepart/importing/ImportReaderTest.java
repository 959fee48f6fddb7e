package org.bepart.importing;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading import files: formats by content, bounds, headers, rows as a spreadsheet numbers them. */
class ImportReaderTest {

    private static String refusal(byte[] content) {
        return assertThrows(ImportException.class, () -> ImportReader.read(content)).getMessageKey();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void csvAndXlsxGiveTheSameRowsNumberedAsInASpreadsheet() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(ImportFiles.good("Reader", i, "youth", "participatory-budgeting", "young-people"));
        }
        ImportSheet csv = ImportReader.read(ImportFiles.csv(rows));
        ImportSheet xlsx = ImportReader.read(ImportFiles.xlsx(rows));
        assertEquals(ImportFormat.CSV, csv.format());
        assertEquals(ImportFormat.XLSX, xlsx.format());
        assertEquals(List.of(2, 3, 4), csv.rows().stream().map(ImportRow::number).toList());
        assertEquals(List.of(2, 3, 4), xlsx.rows().stream().map(ImportRow::number).toList());
        for (int i = 0; i < 3; i++) {
            ImportRow fromXlsx = xlsx.rows().get(i);
            assertEquals("Reader " + i, fromXlsx.value(ImportColumn.TITLE));
            assertEquals("2024-01-15", fromXlsx.value(ImportColumn.START_DATE), "a date cell reads as an ISO date");
            assertEquals(rows.get(i).get("summary"), fromXlsx.value(ImportColumn.SUMMARY),
                    "a formula gives its cached value");
            assertEquals(csv.rows().get(i).value(ImportColumn.SUMMARY), fromXlsx.value(ImportColumn.SUMMARY));
        }
    }

    @Test
    void semicolonsBlankLinesAndHeadersInAnyCase() {
        ImportSheet sheet = ImportReader.read(utf8("\n Title ;SUMMARY;country;level;language\n\nA;B;AM;local;en\n"));
        assertEquals(1, sheet.rows().size());
        ImportRow row = sheet.rows().get(0);
        assertEquals(4, row.number(), "blank lines count, as a spreadsheet shows them");
        assertEquals("A", row.value(ImportColumn.TITLE));
        assertEquals("local", row.value(ImportColumn.LEVEL));
    }

    @Test
    void filesThatAreNotCsvOrXlsxAreRefused() {
        assertEquals("import.error.empty", refusal(new byte[0]));
        assertEquals("import.error.empty", refusal(utf8("\n\n")));
        assertEquals("import.error.notCsvOrXlsx", refusal(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals("import.error.notCsvOrXlsx", refusal(utf8("title,summary\u0000")));
        assertEquals("import.error.oldExcel",
                refusal(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}));
        assertEquals("import.error.badXlsx", refusal(new byte[] {'P', 'K', 3, 4, 1, 2, 3}));
        assertEquals("import.error.badCsv", refusal(utf8("title,summary,country,level,language\n\"A,B,AM\n")));
        assertEquals("import.error.tooLarge", refusal(new byte[ImportReader.MAX_BYTES + 1]));
    }

    @Test
    void headersMustNameKnownColumnsOnceAndTheRequiredOnes() {
        ImportException unknown = assertThrows(ImportException.class,
                () -> ImportReader.read(utf8("title,summary,colour\n")));
        assertEquals("import.error.unknownColumn", unknown.getMessageKey());
        assertEquals("colour", unknown.getArgument());
        ImportException twice = assertThrows(ImportException.class,
                () -> ImportReader.read(utf8("title,summary,Title\n")));
        assertEquals("import.error.duplicateColumn", twice.getMessageKey());
        ImportException missing = assertThrows(ImportException.class,
                () -> ImportReader.read(utf8("title,summary,country,language\n")));
        assertEquals("level", missing.getArgument());
        ImportException noLanguage = assertThrows(ImportException.class,
                () -> ImportReader.read(utf8("title,summary,country,level\n")));
        assertEquals("language", noLanguage.getArgument());
    }

    @Test
    void atMostTheMaximumOfRows() {
        StringBuilder csv = new StringBuilder("title,summary,country,level,language\n");
        csv.append("T,S,AM,local,en\n".repeat(ImportReader.MAX_ROWS));
        assertEquals(ImportReader.MAX_ROWS, ImportReader.read(utf8(csv.toString())).rows().size());
        csv.append("T,S,AM,local,en\n");
        assertEquals("import.error.tooManyRows", refusal(utf8(csv.toString())));
    }

    @Test
    void anXlsxThatUnpacksToFarMoreThanItsSizeIsRefusedAsAZipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertEquals("import.error.zipBomb", refusal(bytes.toByteArray()));
    }
}
