package org.bepart.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.taxonomy.Term;

/** A reviewer's rating of one principle (by its code) and an optional note, as the review form sends it. */
public record Assessment(@NotNull @Size(max = Term.CODE_MAX) String principle, Rating rating,
                         @Size(max = PrincipleAssessment.NOTE_MAX) String note) {
}
