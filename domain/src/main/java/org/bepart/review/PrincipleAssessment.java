package org.bepart.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;
import org.bepart.taxonomy.Term;

/** The reviewer's rating of one principle (a managed term of kind PRINCIPLE, by code) with an optional note. */
@Embeddable
public class PrincipleAssessment {

    public static final int NOTE_MAX = 2000;

    @NotNull
    @Column(name = "principle", nullable = false, length = Term.CODE_MAX)
    private String principle;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Rating rating;

    @Size(max = NOTE_MAX)
    @Column(length = NOTE_MAX)
    private String note;

    protected PrincipleAssessment() {
    }

    public PrincipleAssessment(String principle, Rating rating, String note) {
        this.principle = Require.notBlank(principle, "principle");
        this.rating = Require.notNull(rating, "rating");
        this.note = Require.optional(note, NOTE_MAX, "note");
    }

    public String getPrinciple() {
        return principle;
    }

    public Rating getRating() {
        return rating;
    }

    public String getNote() {
        return note;
    }
}
