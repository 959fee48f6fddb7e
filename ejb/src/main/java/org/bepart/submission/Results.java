package org.bepart.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Perspective;

import java.io.Serializable;

/**
 * Step 4: results, challenges, lessons, resources, and the submitter's own perspective (its role and its assessment
 * are required, what it would do differently is optional).
 */
public class Results implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = InitiativeText.TEXT_MAX)
    private String results;

    @Size(max = InitiativeText.TEXT_MAX)
    private String challenges;

    @Size(max = InitiativeText.TEXT_MAX)
    private String lessons;

    @Size(max = InitiativeText.TEXT_MAX)
    private String resources;

    @NotBlank @Size(max = Perspective.TEXT_MAX)
    private String role;

    @NotBlank @Size(max = Perspective.TEXT_MAX)
    private String assessment;

    @Size(max = Perspective.TEXT_MAX)
    private String differently;

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getChallenges() {
        return challenges;
    }

    public void setChallenges(String challenges) {
        this.challenges = challenges;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = resources;
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
