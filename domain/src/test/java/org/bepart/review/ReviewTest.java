package org.bepart.review;

import org.bepart.account.Account;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private final Account reviewer = new Account("rev@example.org", "Rev", "hash", Language.EN, NOW);
    private final List<PrincipleAssessment> checklist = List.of(new PrincipleAssessment("trust", Rating.MET, null));

    @Test
    void onlyDecisionsAreReviews() {
        assertThrows(IllegalArgumentException.class,
                () -> new Review(1L, reviewer, InitiativeStatus.SUBMITTED, "x", checklist, NOW));
    }

    @Test
    void sendingBackOrRejectingMustSayWhy() {
        assertThrows(IllegalArgumentException.class,
                () -> new Review(1L, reviewer, InitiativeStatus.CHANGES_REQUESTED, " ", checklist, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new Review(1L, reviewer, InitiativeStatus.REJECTED, null, checklist, NOW));
        Review validated = new Review(1L, reviewer, InitiativeStatus.VALIDATED, null, checklist, NOW);
        assertEquals(1, validated.getAssessments().size());
    }
}
