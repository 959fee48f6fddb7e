package org.bepart.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.initiative.InitiativeText;
import org.bepart.language.Language;

import java.io.Serializable;

/** Step 1: the language it is written in, title, summary, description and objectives. */
public class Basics implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Language originalLanguage;

    @NotBlank @Size(max = InitiativeText.TITLE_MAX)
    private String title;

    @NotBlank @Size(max = InitiativeText.SUMMARY_MAX)
    private String summary;

    @Size(max = InitiativeText.TEXT_MAX)
    private String description;

    @Size(max = InitiativeText.TEXT_MAX)
    private String objectives;

    public Language getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(Language originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }
}
