package org.bepart.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an import file within bounds: at most {@value #MAX_BYTES} bytes and {@value #MAX_ROWS} rows, recognised by
 * its content (an XLSX is a zip package, a CSV is UTF-8 text), a header row naming {@link ImportColumn}s. An XLSX is
 * read as a stream of its first sheet with POI's limits against zip bombs; formula cells give their cached values,
 * never evaluated; date cells are read as ISO dates. Refusals are {@link ImportException}s.
 */
public final class ImportReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    /** The most one part of an XLSX package may unpack to. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /** The most a package's parts may unpack to compared with their packed size (1 : 100). */
    static final double MIN_INFLATE_RATIO = 0.01;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_UNPACKED_BYTES / 2);
    }

    private ImportReader() {
    }

    /** The file's rows, or an {@link ImportException} saying why the file cannot be imported. */
    public static ImportSheet read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportException("import.error.empty", null);
        }
        if (content.length > MAX_BYTES) {
            throw new ImportException("import.error.tooLarge", Integer.toString(MAX_BYTES / (1024 * 1024)));
        }
        if (startsWith(content, ZIP)) {
            return new ImportSheet(ImportFormat.XLSX, xlsx(content));
        }
        if (startsWith(content, OLE2)) {
            throw new ImportException("import.error.oldExcel", null);
        }
        return new ImportSheet(ImportFormat.CSV, csv(text(content)));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes as UTF-8 text without its byte order mark; refused when they are not text. */
    static String text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("import.error.notCsvOrXlsx", null);
        }
        if (text.chars().anyMatch(c -> c == 0 || c < ' ' && c != '\t' && c != '\r' && c != '\n')) {
            throw new ImportException("import.error.notCsvOrXlsx", null);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static List<ImportRow> csv(String text) {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        Rows rows = new Rows();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add((int) record.getRecordNumber(), record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a quote left open or text after a closing quote so
            throw new ImportException("import.error.badCsv", e.getMessage());
        }
        return rows.result();
    }

    static List<ImportRow> xlsx(byte[] content) {
        Rows rows = new Rows();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportException("import.error.empty", null);
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new SheetRows(rows),
                    new IsoDates(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (ImportException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            // POI reports a damaged or hostile package with many kinds of runtime exceptions as well
            throw new ImportException(isZipBomb(e) ? "import.error.zipBomb" : "import.error.badXlsx", null);
        }
        return rows.result();
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size")
                    || message.contains("maxentrysize") || message.contains("text size")) {
                return true;
            }
        }
        return false;
    }

    /** Collects rows: the first one with a value is the header, blank rows are skipped, at most MAX_ROWS. */
    static final class Rows {
        private Map<Integer, ImportColumn> columns;
        private final List<ImportRow> rows = new ArrayList<>();

        void add(int number, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (columns == null) {
                columns = header(cells);
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new ImportException("import.error.tooManyRows", Integer.toString(MAX_ROWS));
            }
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            for (int i = 0; i < cells.size(); i++) {
                ImportColumn column = columns.get(i);
                if (column != null && cells.get(i) != null) {
                    values.put(column, cells.get(i));
                }
            }
            rows.add(new ImportRow(number, values));
        }

        List<ImportRow> result() {
            if (columns == null) {
                throw new ImportException("import.error.empty", null);
            }
            return rows;
        }

        private static Map<Integer, ImportColumn> header(List<String> cells) {
            Map<Integer, ImportColumn> columns = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String name = cells.get(i);
                if (name == null || name.isBlank()) {
                    continue;
                }
                ImportColumn column = ImportColumn.ofHeader(name)
                        .orElseThrow(() -> new ImportException("import.error.unknownColumn", name.strip()));
                if (columns.containsValue(column)) {
                    throw new ImportException("import.error.duplicateColumn", column.header());
                }
                columns.put(i, column);
            }
            for (ImportColumn required : ImportColumn.REQUIRED) {
                if (!columns.containsValue(required)) {
                    throw new ImportException("import.error.missingColumn", required.header());
                }
            }
            if (!columns.containsValue(ImportColumn.LANGUAGE) && !columns.containsValue(ImportColumn.ORIGINAL_LANGUAGE)) {
                throw new ImportException("import.error.missingColumn", ImportColumn.LANGUAGE.header());
            }
            return columns;
        }
    }

    /** The cells of the first sheet, row by row, placed by their column letters. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private List<String> cells = new ArrayList<>();

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            if (cells.size() == column) {
                cells.add(value);
            }
        }
    }

    /** Formats cells as a spreadsheet shows them, except dates, which are read as ISO dates (2024-03-31). */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
