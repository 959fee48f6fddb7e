package org.bepart.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bepart.initiative.Perspective;

import java.io.Serializable;

/** One side's perspective as typed in a form: role and assessment required, what it would do differently optional. */
public class PerspectiveForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank @Size(max = Perspective.TEXT_MAX)
    private String role;

    @NotBlank @Size(max = Perspective.TEXT_MAX)
    private String assessment;

    @Size(max = Perspective.TEXT_MAX)
    private String differently;

    public PerspectiveForm() {
    }

    public PerspectiveForm(Perspective view) {
        if (view != null) {
            role = view.getRole();
            assessment = view.getAssessment();
            differently = view.getDifferently();
        }
    }

    public Perspective toPerspective() {
        return new Perspective(role, assessment, differently == null || differently.isBlank() ? null : differently);
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getDifferently() {
        return differently;
    }

    public void setDifferently(String differently) {
        this.differently = differently;
    }
}
