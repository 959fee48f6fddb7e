package org.bepart.submission;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.bepart.initiative.Format;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 3: the process in the terms of the Code — stages and levels of participation (at least one of each), themes,
 * tools, format, and when it ran.
 */
public class Process implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Codes of {@code Stage}. */
    @NotEmpty
    private List<String> stages = new ArrayList<>();

    /** Codes of {@code ParticipationLevel}. */
    @NotEmpty
    private List<String> participationLevels = new ArrayList<>();

    @NotNull
    private List<String> themes = new ArrayList<>();

    @NotNull
    private List<String> tools = new ArrayList<>();

    private Format format;

    private LocalDate startDate;

    private LocalDate endDate;

    private boolean ongoing;

    public List<String> getStages() {
        return stages;
    }

    public void setStages(List<String> stages) {
        this.stages = copy(stages);
    }

    public List<String> getParticipationLevels() {
        return participationLevels;
    }

    public void setParticipationLevels(List<String> participationLevels) {
        this.participationLevels = copy(participationLevels);
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = copy(themes);
    }

    public List<String> getTools() {
        return tools;
    }

    public void setTools(List<String> tools) {
        this.tools = copy(tools);
    }

    public Format getFormat() {
        return format;
    }

    public void setFormat(Format format) {
        this.format = format;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public boolean isOngoing() {
        return ongoing;
    }

    public void setOngoing(boolean ongoing) {
        this.ongoing = ongoing;
    }

    private static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
