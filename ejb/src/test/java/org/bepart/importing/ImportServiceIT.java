package org.bepart.importing;

import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.shared.AccessDeniedException;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Imports of initiatives (issue 15, item 4) on Payara Micro with the Flyway schema: the dry run names every bad row
 * and column and saves no initiative, the import then brings in exactly the good rows in the background, from CSV
 * and from XLSX (date cells, cached formula values), as validated initiatives with the note or as drafts of an
 * organisation; only administrators import, and every step is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class ImportServiceIT {

    private static final int GOOD = 200;

    @EJB
    private ImportService imports;

    @EJB
    private ImportTestData data;

    @EJB
    private TaxonomyService taxonomy;

    private String first(TermKind kind) {
        return taxonomy.terms(kind, Language.EN).get(0).code();
    }

    private List<Map<String, String>> rows(String prefix, List<Integer> badRows) {
        return ImportFiles.rows(prefix, GOOD, badRows, first(TermKind.THEME), first(TermKind.TOOL),
                first(TermKind.TARGET_GROUP));
    }

    private static String token() {
        return "Import " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The dry run's report names each bad row with its column, and nothing was saved. */
    private ImportReport dryRun(long admin, String prefix, String fileName, byte[] file, List<Integer> badRows,
                                ImportFormat format) {
        ImportReport report = imports.check(admin, fileName, file);
        assertEquals(format, report.format());
        assertEquals(ImportStatus.CHECKED, report.status());
        assertEquals(GOOD + ImportFiles.BAD.size(), report.rowsTotal());
        assertEquals(GOOD, report.rowsValid());
        assertEquals(ImportFiles.BAD.size(), report.problemCount(), () -> report.problems().toString());
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < badRows.size(); i++) {
            expected.add(badRows.get(i) + ":" + ImportFiles.BAD.get(i).column());
        }
        Set<String> found = new HashSet<>();
        report.problems().forEach(p -> found.add(p.row() + ":" + p.column()));
        assertEquals(expected, found);
        assertTrue(report.problems().stream().allMatch(p -> p.messageKey().startsWith("import.error.")));
        assertEquals(0, data.statuses(prefix).size(), "a dry run saves no initiative");
        return report;
    }

    private ImportReport awaitDone(long admin, long importId) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        ImportReport report = imports.report(admin, importId);
        while (!report.done() && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            report = imports.report(admin, importId);
        }
        assertEquals(ImportStatus.DONE, report.status(), "the import finished in time");
        return report;
    }

    @Test
    void csvDryRunNamesEveryBadRowThenImportsExactlyTheGoodOnesAsValidated() throws InterruptedException {
        long admin = data.account(Role.ADMINISTRATOR);
        String prefix = token();
        List<Integer> badRows = new ArrayList<>();
        byte[] csv = ImportFiles.csv(rows(prefix, badRows));
        ImportReport checked = dryRun(admin, prefix, "export.csv", csv, badRows, ImportFormat.CSV);

        String note = "Imported from the 2025 survey " + prefix;
        ImportReport started = imports.start(admin, checked.id(), ImportMode.VALIDATED, null, note);
        assertEquals(ImportStatus.RUNNING, started.status());
        ImportReport done = awaitDone(admin, checked.id());
        assertEquals(GOOD, done.rowsImported());
        assertEquals(GOOD + ImportFiles.BAD.size(), done.rowsDone());
        assertEquals(100, done.progress().percent());
        assertEquals(ImportFiles.BAD.size(), done.problemCount(), "the report keeps the refused rows");
        assertEquals(GOOD, data.count(prefix, InitiativeStatus.VALIDATED));
        assertEquals(GOOD, data.statuses(prefix).size(), "no bad row came in");
        assertEquals(GOOD, data.reviewsWithNote(note));
        assertEquals(List.of("IMPORT_CHECKED", "IMPORT_STARTED", "IMPORT_FINISHED"), data.auditActions(checked.id()));
        assertThrows(ImportException.class,
                () -> imports.start(admin, checked.id(), ImportMode.VALIDATED, null, note), "started once only");
        assertTrue(imports.recent(admin).stream().anyMatch(r -> r.id() == checked.id()));
    }

    @Test
    void xlsxMadeWithPoiImportsTheGoodRowsAsDraftsOfTheOrganisation() throws InterruptedException {
        long admin = data.account(Role.ADMINISTRATOR);
        long organisation = data.organisation("Importing NGO " + UUID.randomUUID());
        String prefix = token();
        List<Integer> badRows = new ArrayList<>();
        byte[] xlsx = ImportFiles.xlsx(rows(prefix, badRows));
        ImportReport checked = dryRun(admin, prefix, "initiatives.xlsx", xlsx, badRows, ImportFormat.XLSX);

        assertThrows(ImportException.class, () -> imports.start(admin, checked.id(), ImportMode.DRAFT, null, null),
                "drafts need an organisation");
        imports.start(admin, checked.id(), ImportMode.DRAFT, organisation, null);
        ImportReport done = awaitDone(admin, checked.id());
        assertEquals(GOOD, done.rowsImported());
        assertEquals(GOOD, data.count(prefix, InitiativeStatus.DRAFT));
        assertTrue(data.statuses(prefix).stream().allMatch(r -> Long.valueOf(organisation).equals(r[2])),
                "every draft belongs to the organisation");
    }

    @Test
    void filesThatAreNotCsvOrXlsxAreRefusedWithAMessage() {
        long admin = data.account(Role.ADMINISTRATOR);
        ImportException binary = assertThrows(ImportException.class,
                () -> imports.check(admin, "picture.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}));
        assertEquals("import.error.notCsvOrXlsx", binary.getMessageKey());
        ImportException columns = assertThrows(ImportException.class, () -> imports.check(admin, "other.csv",
                "name,colour\nA,red\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.error.unknownColumn", columns.getMessageKey());
        assertEquals("name", columns.getArgument());
    }

    @Test
    void onlyAdministratorsImport() {
        long reviewer = data.account(Role.REVIEWER);
        long contributor = data.account();
        byte[] csv = ImportFiles.csv(List.of(ImportFiles.good(token(), 1, first(TermKind.THEME),
                first(TermKind.TOOL), first(TermKind.TARGET_GROUP))));
        for (Long actor : new Long[] {reviewer, contributor, null}) {
            assertThrows(AccessDeniedException.class, () -> imports.check(actor, "a.csv", csv));
            assertThrows(AccessDeniedException.class, () -> imports.recent(actor));
            assertThrows(AccessDeniedException.class, () -> imports.report(actor, 1));
            assertThrows(AccessDeniedException.class,
                    () -> imports.start(actor, 1, ImportMode.VALIDATED, null, "note"));
            assertThrows(AccessDeniedException.class, () -> imports.organisations(actor));
        }
    }
}
