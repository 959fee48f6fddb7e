package org.bepart.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Import files for the tests: good rows with every column of the open data, and bad rows each breaking exactly one
 * rule, in the column {@link Bad#column()} names. Written as CSV or as XLSX (with a date cell and a formula).
 */
public final class ImportFiles {

    /** A way to break one rule of a row, and the column the report must name. */
    public record Bad(String column, Consumer<Map<String, String>> change) {
    }

    public static final List<Bad> BAD = List.of(
            new Bad("title", r -> r.put("title", "")),
            new Bad("summary", r -> r.put("summary", "s".repeat(501))),
            new Bad("country", r -> r.put("country", "XX")),
            new Bad("level", r -> r.put("level", "galactic")),
            new Bad("format", r -> r.put("format", "smoke-signals")),
            new Bad("stages", r -> r.put("stages", "agenda-setting | dreaming")),
            new Bad("participation", r -> r.put("participation", "telepathy")),
            new Bad("themes", r -> r.put("themes", "no-such-theme")),
            new Bad("tools", r -> r.put("tools", "no-such-tool")),
            new Bad("targetGroups", r -> r.put("targetGroups", "martians")),
            new Bad("startDate", r -> r.put("startDate", "15/01/2024")),
            new Bad("endDate", r -> r.put("endDate", "2023-01-01")),
            new Bad("ongoing", r -> r.put("ongoing", "maybe")),
            new Bad("endDate", r -> r.put("ongoing", "true")),
            new Bad("links", r -> r.put("links", "javascript:alert(1)")),
            new Bad("language", r -> {
                r.put("language", "xx");
                r.put("originalLanguage", "xx");
            }),
            new Bad("region", r -> r.put("region", "r".repeat(121))),
            new Bad("civilSocietyOrganisation", r -> r.put("civilSocietyOrganisation", "c".repeat(201))),
            new Bad("description", r -> r.put("description", "d".repeat(20_001))),
            new Bad("title", r -> r.put("title", "t".repeat(201))));

    private ImportFiles() {
    }

    public static List<String> header() {
        return Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();
    }

    /** A row every rule accepts; its title starts with {@code prefix}. */
    public static Map<String, String> good(String prefix, int i, String theme, String tool, String target) {
        Map<String, String> row = new LinkedHashMap<>();
        header().forEach(h -> row.put(h, ""));
        row.put("id", Integer.toString(1000 + i));
        row.put("url", "https://bepart.example.org/initiatives/" + (1000 + i));
        row.put("title", prefix + " " + i);
        row.put("summary", "Residents of Gyumri chose park benches together, round " + i + ".");
        row.put("language", "en");
        row.put("originalLanguage", "en");
        row.put("languages", "en");
        row.put("description", "-A description that a spreadsheet would take for a formula, guarded: " + i);
        row.put("country", "AM");
        row.put("region", "Shirak");
        row.put("municipality", "Gyumri");
        row.put("level", "local");
        row.put("format", "hybrid");
        row.put("stages", "agenda-setting | decision");
        row.put("participation", "consultation | dialogue");
        row.put("themes", theme);
        row.put("tools", tool);
        row.put("targetGroups", target);
        row.put("status", "validated");
        row.put("startDate", "2024-01-15");
        row.put("endDate", "2024-06-30");
        row.put("ongoing", "false");
        row.put("civilSocietyOrganisation", "Civic Gyumri " + i);
        row.put("publicAuthority", "Gyumri town hall");
        row.put("links", "https://example.org/" + i + " | https://example.org/more");
        return row;
    }

    /**
     * {@code goodRows} good rows with the bad ones of {@link #BAD} spread among them; {@code badRows} receives the
     * row number (header = 1) of each bad row, in the order of {@link #BAD}.
     */
    public static List<Map<String, String>> rows(String prefix, int goodRows, List<Integer> badRows, String theme,
                                                 String tool, String target) {
        List<Map<String, String>> rows = new ArrayList<>();
        int bad = 0;
        int good = 0;
        while (good < goodRows || bad < BAD.size()) {
            boolean badNext = bad < BAD.size() && (good >= goodRows || rows.size() % 11 == 5);
            if (badNext) {
                Map<String, String> row = good(prefix + " bad", bad, theme, tool, target);
                BAD.get(bad).change().accept(row);
                rows.add(row);
                badRows.add(rows.size() + 1);
                bad++;
            } else {
                rows.add(good(prefix, good, theme, tool, target));
                good++;
            }
        }
        return rows;
    }

    /** The rows as the open-data export writes them: RFC 4180, UTF-8 with a byte order mark. */
    public static byte[] csv(List<Map<String, String>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header().toArray(String[]::new)).get())) {
            for (Map<String, String> row : rows) {
                csv.printRecord(header().stream().map(h -> guard(row.get(h))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String guard(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /**
     * The rows as a workbook: start dates as date cells, and every summary as a formula whose cached value is the
     * summary (an import reads the cached value, never evaluates).
     */
    public static byte[] xlsx(List<Map<String, String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("initiatives");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            List<String> header = header();
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < header.size(); c++) {
                    String value = rows.get(r).get(header.get(c));
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (header.get(c).equals("startDate") && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        cell.setCellValue(LocalDate.parse(value));
                        cell.setCellStyle(date);
                    } else if (header.get(c).equals("summary") && value.length() < 200) {
                        cell.setCellFormula("\"" + value.replace("\"", "\"\"") + "\"");
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
