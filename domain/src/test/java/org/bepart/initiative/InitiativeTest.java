package org.bepart.initiative;

import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitiativeTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private static Initiative draftInArmenian() {
        return new Initiative(Language.HY, new InitiativeText("Մասնակցային բյուջե", "Բնակիչներն ընտրում են նախագծերը"),
                MemberState.AM, GovernmentLevel.LOCAL, NOW);
    }

    @Test
    void aNewInitiativeIsAPrivateDraft() {
        Initiative initiative = draftInArmenian();
        assertEquals(InitiativeStatus.DRAFT, initiative.getStatus());
        assertFalse(initiative.isPublic());
        assertEquals(null, initiative.getSubmittedAt());
    }

    @Test
    void theLifecycleRunsFromDraftToValidated() {
        Initiative initiative = draftInArmenian();
        Instant later = NOW.plusSeconds(60);
        initiative.moveTo(InitiativeStatus.SUBMITTED, later);
        assertTrue(initiative.isPublic());
        assertEquals(later, initiative.getSubmittedAt());
        initiative.moveTo(InitiativeStatus.UNDER_REVIEW, later.plusSeconds(1));
        initiative.moveTo(InitiativeStatus.VALIDATED, later.plusSeconds(2));
        assertEquals(InitiativeStatus.VALIDATED, initiative.getStatus());
        assertEquals(later, initiative.getSubmittedAt(), "first submission time is kept");
    }

    @Test
    void illegalTransitionsAreRefused() {
        Initiative initiative = draftInArmenian();
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> initiative.moveTo(InitiativeStatus.VALIDATED, NOW));
        assertEquals("error.illegalTransition", e.getMessageKey());
        assertEquals(InitiativeStatus.DRAFT, initiative.getStatus());
    }

    @ParameterizedTest
    @EnumSource(InitiativeStatus.class)
    void noStatusLeadsBackToDraftAndRejectedIsFinal(InitiativeStatus status) {
        assertFalse(status.canMoveTo(InitiativeStatus.DRAFT));
        assertFalse(InitiativeStatus.REJECTED.canMoveTo(status));
    }

    @Test
    void publicStatusesAreSubmittedUnderReviewAndValidated() {
        assertEquals(Set.of(InitiativeStatus.SUBMITTED, InitiativeStatus.UNDER_REVIEW, InitiativeStatus.VALIDATED),
                InitiativeStatus.publicOnes());
    }

    @Test
    void theReaderSeesATranslationWhenThereIsOneElseTheOriginal() {
        Initiative initiative = draftInArmenian();
        initiative.putText(Language.EN, new InitiativeText("Participatory budget", "Residents choose projects"), NOW);

        ShownText english = initiative.textFor(Language.EN);
        assertEquals("Participatory budget", english.text().getTitle());
        assertFalse(english.isFallback());

        ShownText french = initiative.textFor(Language.FR);
        assertEquals("Մասնակցային բյուջե", french.text().getTitle());
        assertEquals(Language.HY, french.language());
        assertTrue(french.isFallback());

        assertEquals(List.of(Language.HY, Language.EN), List.copyOf(initiative.availableLanguages()));
    }

    @Test
    void theOriginalTextCannotBeRemoved() {
        Initiative initiative = draftInArmenian();
        assertThrows(IllegalArgumentException.class, () -> initiative.removeTranslation(Language.HY, NOW));
    }

    @Test
    void aSummaryLongerThan500CharactersIsRefused() {
        assertEquals(500, new InitiativeText("Title", "x".repeat(500)).getSummary().length());
        assertThrows(IllegalArgumentException.class, () -> new InitiativeText("Title", "x".repeat(501)));
        assertThrows(IllegalArgumentException.class, () -> new InitiativeText(" ", "summary"));
    }

    @Test
    void anEndDateBeforeTheStartOrWithOngoingIsRefused() {
        LocalDate start = LocalDate.of(2024, 5, 1);
        assertThrows(IllegalArgumentException.class, () -> Schedule.between(start, start.minusDays(1)));
        Schedule ongoing = Schedule.ongoingSince(start);
        assertTrue(ongoing.isOngoing());
        assertEquals(null, ongoing.getEndDate());
        assertEquals(start, Schedule.between(start, start).getEndDate());
    }

    @Test
    void slugsKeepLettersOfAnyScriptAndDropAccents() {
        assertEquals("budget-participatif-a-besancon", Initiative.slug("Budget participatif à Besançon!"));
        assertEquals("մասնակցային-բյուջե-գորիսում", Initiative.slug("Մասնակցային բյուջե Գորիսում"));
        assertEquals("молодёжный-совет", Initiative.slug("Молодёжный Совет"));
        assertTrue(Initiative.slug("word ".repeat(40)).length() <= 60);
        assertEquals("", Initiative.slug("!!!"));
    }

    @Test
    void onlyWebLinksAreAccepted() {
        assertEquals("https://example.org/a", new Link("https://example.org/a", null).getLabel());
        assertThrows(IllegalArgumentException.class, () -> new Link("javascript:alert(1)", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Link("not a link", "x"));
    }

    @Test
    void placesAreOnEarth() {
        Initiative initiative = draftInArmenian();
        assertTrue(initiative.getLocation().isEmpty());
        initiative.placeAt(new Location(39.5111, 46.3411), NOW);
        assertEquals(46.3411, initiative.getLocation().orElseThrow().getLongitude());
        assertThrows(IllegalArgumentException.class, () -> new Location(91, 0));
        assertThrows(IllegalArgumentException.class, () -> new Location(0, -180.5));
        assertThrows(IllegalArgumentException.class, () -> new Location(Double.NaN, 0));
    }

    @Test
    void partiesCheckTheirEmail() {
        assertThrows(IllegalArgumentException.class, () -> new Party("NGO", "Ani", "not-an-address"));
        assertTrue(new Party(" ", null, "").isEmpty());
    }

    @Test
    void codesRoundTrip() {
        for (Stage stage : Stage.values()) {
            assertEquals(stage, Stage.fromCode(stage.code()).orElseThrow());
        }
        assertTrue(Stage.fromCode("DRAFTING").isEmpty());
        assertTrue(ParticipationLevel.fromCode(null).isEmpty());
        assertEquals(InitiativeStatus.UNDER_REVIEW, InitiativeStatus.fromCode("under-review").orElseThrow());
    }
}
