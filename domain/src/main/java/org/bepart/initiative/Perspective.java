package org.bepart.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.util.Objects;

/**
 * One side's own account of the initiative: its role in it, how it assesses the process, and what it would do
 * differently. The public page shows the submitter's and the partner's side by side.
 */
@Embeddable
public class Perspective {

    public static final int TEXT_MAX = 4000;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String role;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String assessment;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String differently;

    protected Perspective() {
    }

    /** Role and assessment are required; what it would do differently is optional. */
    public Perspective(String role, String assessment, String differently) {
        this.role = Require.maxLength(Require.notBlank(role, "role"), TEXT_MAX, "role");
        this.assessment = Require.maxLength(Require.notBlank(assessment, "assessment"), TEXT_MAX, "assessment");
        this.differently = Require.optional(differently, TEXT_MAX, "what it would do differently");
    }

    /** Whether it has been given (embeddables of a row without one come back empty). */
    public boolean isGiven() {
        return role != null && assessment != null;
    }

    public String getRole() {
        return role;
    }

    public String getAssessment() {
        return assessment;
    }

    public String getDifferently() {
        return differently;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Perspective p && Objects.equals(role, p.role) && Objects.equals(assessment, p.assessment)
                && Objects.equals(differently, p.differently);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, assessment, differently);
    }
}
