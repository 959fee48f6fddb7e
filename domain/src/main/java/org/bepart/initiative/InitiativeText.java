package org.bepart.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.util.Objects;

/** The texts of an initiative in one language. Title and summary are required, the rest may be filled in later. */
@Embeddable
public class InitiativeText {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int TEXT_MAX = 20000;
    public static final int OUTDATED_MAX = 200;
    /** The names of the text fields, in the order pages show them. */
    public static final java.util.List<String> FIELDS = java.util.List.of("title", "summary", "description",
            "objectives", "results", "challenges", "lessons", "resources");

    @NotBlank @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotBlank @Size(max = SUMMARY_MAX)
    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String description;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String objectives;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String results;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String challenges;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String lessons;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private String resources;

    /**
     * For a published translation: the fields (names as in {@link #FIELDS}, comma-separated) whose original changed
     * since it was translated; null when none. Read with the texts, so a reader's page costs no statement more.
     */
    @Size(max = OUTDATED_MAX)
    @Column(length = OUTDATED_MAX)
    private String outdated;

    protected InitiativeText() {
    }

    public InitiativeText(String title, String summary) {
        this(title, summary, null, null, null, null, null, null);
    }

    public InitiativeText(String title, String summary, String description, String objectives, String results,
                          String challenges, String lessons, String resources) {
        this.title = Require.maxLength(Require.notBlank(title, "title"), TITLE_MAX, "title");
        this.summary = Require.maxLength(Require.notBlank(summary, "summary"), SUMMARY_MAX, "summary");
        this.description = Require.optional(description, TEXT_MAX, "description");
        this.objectives = Require.optional(objectives, TEXT_MAX, "objectives");
        this.results = Require.optional(results, TEXT_MAX, "results");
        this.challenges = Require.optional(challenges, TEXT_MAX, "challenges");
        this.lessons = Require.optional(lessons, TEXT_MAX, "lessons learned");
        this.resources = Require.optional(resources, TEXT_MAX, "resources");
    }

    /** The value of the field named {@code name} (one of {@link #FIELDS}). */
    public String field(String name) {
        return switch (name) {
            case "title" -> title;
            case "summary" -> summary;
            case "description" -> description;
            case "objectives" -> objectives;
            case "results" -> results;
            case "challenges" -> challenges;
            case "lessons" -> lessons;
            case "resources" -> resources;
            default -> throw new IllegalArgumentException("no field " + name);
        };
    }

    /** The same texts with the fields whose original changed since the translation ({@link #FIELDS} names). */
    public InitiativeText withOutdated(java.util.Collection<String> fields) {
        InitiativeText copy = new InitiativeText(title, summary, description, objectives, results, challenges,
                lessons, resources);
        copy.outdated = fields.isEmpty() ? null
                : FIELDS.stream().filter(fields::contains).collect(java.util.stream.Collectors.joining(","));
        return copy;
    }

    /** The fields whose original changed since this translation was published, in page order; empty for none. */
    public java.util.List<String> getOutdatedFields() {
        return outdated == null || outdated.isEmpty() ? java.util.List.of() : java.util.List.of(outdated.split(","));
    }

    /** Whether {@code name}'s original changed since this translation was published. */
    public boolean isOutdated(String name) {
        return getOutdatedFields().contains(name);
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getResults() {
        return results;
    }

    public String getChallenges() {
        return challenges;
    }

    public String getLessons() {
        return lessons;
    }

    public String getResources() {
        return resources;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InitiativeText t && Objects.equals(title, t.title) && Objects.equals(summary, t.summary)
                && Objects.equals(description, t.description) && Objects.equals(objectives, t.objectives)
                && Objects.equals(results, t.results) && Objects.equals(challenges, t.challenges)
                && Objects.equals(lessons, t.lessons) && Objects.equals(resources, t.resources)
                && Objects.equals(outdated, t.outdated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, summary);
    }
}
