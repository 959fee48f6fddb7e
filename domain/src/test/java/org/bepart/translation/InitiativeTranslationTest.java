package org.bepart.translation;

import org.bepart.initiative.InitiativeText;
import org.bepart.language.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitiativeTranslationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void plainTextWithinTheFieldsLengthIsKeptOtherwiseTheFieldIsNamed() {
        assertEquals("Parc riverain", InitiativeTranslation.clean("title", "  Parc riverain \r\n"));
        assertNull(InitiativeTranslation.clean("description", "  "));
        assertEquals("a < b and 3 > 2", InitiativeTranslation.clean("summary", "a < b and 3 > 2"),
                "comparisons are no markup");
        TranslationException tooLong = assertThrows(TranslationException.class,
                () -> InitiativeTranslation.clean("title", "x".repeat(InitiativeText.TITLE_MAX + 1)));
        assertEquals("translation.error.length", tooLong.getMessageKey());
        assertEquals("title", tooLong.getField());
        assertEquals("translation.error.markup", assertThrows(TranslationException.class,
                () -> InitiativeTranslation.clean("results", "See <a href=x>this</a>")).getMessageKey());
        assertEquals("translation.error.control", assertThrows(TranslationException.class,
                () -> InitiativeTranslation.clean("lessons", "Bell\u0007")).getMessageKey());
        assertEquals("Two\n\tlines", InitiativeTranslation.clean("lessons", "Two\n\tlines"));
    }

    @Test
    void theFieldsWhoseOriginalChangedSinceAreOutOfDate() {
        InitiativeText original = new InitiativeText("Riverside park", "Residents planned the park.",
                "Workshops.", null, null, null, null, null);
        InitiativeTranslation translation = new InitiativeTranslation(1, Language.FR, NOW);
        translation.save(Map.of("title", "Parc riverain", "summary", "Les habitants ont conçu le parc."), original, 3,
                7, "Claire", NOW);
        assertEquals(List.of(), translation.compareWith(original));
        InitiativeText published = translation.publish(NOW);
        assertEquals("Parc riverain", published.getTitle());
        assertTrue(translation.isPublished());
        assertEquals(3, translation.getSourceVersion());

        InitiativeText edited = new InitiativeText("Riverside park", "Residents and schools planned the park.",
                "Workshops.", "A park people use.", null, null, null, null);
        assertEquals(List.of("summary", "objectives"), translation.compareWith(edited));
        assertEquals(List.of("summary", "objectives"), translation.shown().getOutdatedFields());
        assertTrue(translation.shown().isOutdated("summary"));
        assertFalse(translation.shown().isOutdated("title"));
        assertEquals("Residents planned the park.", translation.basis("summary"), "what it was made from");

        translation.save(Map.of("title", "Parc riverain", "summary", "Les habitants et les écoles."), edited, 4, 7,
                "Claire", NOW);
        assertEquals(List.of(), translation.getOutdatedFields(), "looked at again");
    }

    @Test
    void titleAndSummaryAreNeededToPublish() {
        InitiativeTranslation translation = new InitiativeTranslation(1, Language.HY, NOW);
        translation.save(Map.of("title", "Այգի"), new InitiativeText("Park", "A park."), 1, 7, "Anahit", NOW);
        TranslationException refused = assertThrows(TranslationException.class, () -> translation.publish(NOW));
        assertEquals("translation.error.required", refused.getMessageKey());
        assertEquals("summary", refused.getField());
        assertFalse(translation.isPublished());
    }
}
