package org.bepart.importing;

import org.bepart.country.MemberState;
import org.bepart.initiative.Format;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.taxonomy.TermKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a row: what a good row makes, and each bad value reported in its column with its message. */
class RowRulesTest {

    private static final RowRules RULES = new RowRules(Map.of(TermKind.THEME, Set.of("youth", "environment"),
            TermKind.TOOL, Set.of("participatory-budgeting"), TermKind.TARGET_GROUP, Set.of("young-people")));

    private static ImportRow row(Map<String, String> values) {
        Map<ImportColumn, String> byColumn = new EnumMap<>(ImportColumn.class);
        values.forEach((k, v) -> byColumn.put(ImportColumn.ofHeader(k).orElseThrow(), v));
        return new ImportRow(7, byColumn);
    }

    private static Map<String, String> good() {
        Map<String, String> values = new HashMap<>(ImportFiles.good("Rules", 1, "youth", "participatory-budgeting",
                "young-people"));
        values.put("themes", "Youth | environment");
        return values;
    }

    private static ImportProblem only(Map<String, String> values) {
        RowCheck check = RULES.check(row(values));
        assertFalse(check.isValid());
        assertEquals(1, check.problems().size(), check.problems()::toString);
        return check.problems().get(0);
    }

    private static void refused(String column, String value, String key, String argument) {
        Map<String, String> values = good();
        values.put(column, value);
        assertEquals(new ImportProblem(7, column, key, argument), only(values));
    }

    @Test
    void aGoodRowMakesTheInitiativeItDescribes() {
        RowCheck check = RULES.check(row(good()));
        assertTrue(check.isValid(), check.problems()::toString);
        ImportedInitiative i = check.initiative();
        assertEquals(7, i.row());
        assertEquals(Language.EN, i.language());
        assertEquals("Rules 1", i.text().getTitle());
        assertTrue(i.text().getDescription().startsWith("-A description"), "the export's guard is taken off");
        assertEquals(MemberState.AM, i.country());
        assertEquals(GovernmentLevel.LOCAL, i.level());
        assertEquals(Format.HYBRID, i.format());
        assertEquals(Set.of(Stage.AGENDA_SETTING, Stage.DECISION), i.stages());
        assertEquals(Set.of(ParticipationLevel.CONSULTATION, ParticipationLevel.DIALOGUE), i.participation());
        assertEquals(List.of("youth", "environment"), i.terms().get(TermKind.THEME));
        assertEquals(LocalDate.of(2024, 1, 15), i.schedule().getStartDate());
        assertEquals(LocalDate.of(2024, 6, 30), i.schedule().getEndDate());
        assertFalse(i.schedule().isOngoing());
        assertEquals("Civic Gyumri 1", i.civilSociety().getName());
        assertEquals(2, i.links().size());
    }

    @Test
    void onlyTitleSummaryLanguageCountryAndLevelAreRequired() {
        Map<String, String> values = Map.of("title", "T", "summary", "S", "originalLanguage", "hy-AM",
                "country", "am", "level", "REGIONAL");
        RowCheck check = RULES.check(row(values));
        assertTrue(check.isValid(), check.problems()::toString);
        assertEquals(Language.HY, check.initiative().language());
        assertEquals(GovernmentLevel.REGIONAL, check.initiative().level());
        assertNull(check.initiative().format());
        assertNull(check.initiative().civilSociety());
        assertTrue(check.initiative().links().isEmpty());
    }

    @Test
    void everyBadValueIsReportedInItsColumn() {
        refused("title", " ", RowRules.REQUIRED, null);
        refused("title", "t".repeat(201), RowRules.TOO_LONG, "200");
        refused("summary", "s".repeat(501), RowRules.TOO_LONG, "500");
        refused("country", "US", RowRules.COUNTRY, "US");
        refused("level", "planetary", RowRules.UNKNOWN, "planetary");
        refused("format", "radio", RowRules.UNKNOWN, "radio");
        refused("stages", "drafting | voting", RowRules.UNKNOWN, "voting");
        refused("participation", "empowerment", RowRules.UNKNOWN, "empowerment");
        refused("themes", "sports", RowRules.UNKNOWN, "sports");
        refused("tools", "youth", RowRules.UNKNOWN, "youth");
        refused("targetGroups", "aliens", RowRules.UNKNOWN, "aliens");
        refused("startDate", "2024-02-30", RowRules.DATE, "2024-02-30");
        refused("endDate", "2023-12-31", RowRules.END_BEFORE_START, "2024-01-15");
        refused("ongoing", "perhaps", RowRules.YES_NO, "perhaps");
        refused("links", "ftp://example.org/file", RowRules.LINK, "ftp://example.org/file");
        refused("links", "https://a.example | ".repeat(21), RowRules.TOO_MANY_LINKS, "20");
        refused("municipality", "m".repeat(121), RowRules.TOO_LONG, "120");
        refused("publicAuthority", "p".repeat(201), RowRules.TOO_LONG, "200");
        Map<String, String> ongoing = good();
        ongoing.put("ongoing", "TRUE");
        assertEquals(new ImportProblem(7, "endDate", RowRules.ONGOING_WITH_END, "2024-06-30"), only(ongoing));
        Map<String, String> language = good();
        language.put("language", "de");
        assertEquals(new ImportProblem(7, "language", RowRules.LANGUAGE, "de"), only(language));
        Map<String, String> noLanguage = good();
        noLanguage.put("language", "");
        noLanguage.put("originalLanguage", "");
        assertEquals(new ImportProblem(7, "language", RowRules.REQUIRED, null), only(noLanguage));
    }

    @Test
    void aRowWithSeveralProblemsReportsEachOfThem() {
        Map<String, String> values = good();
        values.put("title", "");
        values.put("country", "XX");
        values.put("startDate", "yesterday");
        RowCheck check = RULES.check(row(values));
        assertEquals(List.of("title", "country", "startDate"),
                check.problems().stream().map(ImportProblem::getColumn).toList());
    }

    @Test
    void theExportsSpreadsheetGuardIsTakenOffOnlyWhereItWasPut() {
        assertEquals("=SUM(A1)", RowRules.unguarded("'=SUM(A1)"));
        assertEquals("-5", RowRules.unguarded("'-5"));
        assertEquals("'quoted'", RowRules.unguarded("'quoted'"));
        assertNull(RowRules.unguarded(null));
    }
}
