package org.bepart.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.bepart.initiative.InitiativeText;
import org.bepart.language.Language;
import org.bepart.shared.Require;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A translation of an initiative into one language by a person (a translator or a contributor of the initiative):
 * its texts field by field, the original's texts and version it was made from (its basis), who made it, and whether
 * it is published. Publishing puts its texts among the initiative's; when the original changes, the fields whose
 * original differs from the basis are out of date until the translation is saved again.
 */
@Entity
@Table(name = "initiative_translation")
@NamedQuery(name = InitiativeTranslation.FIND, query = "SELECT t FROM InitiativeTranslation t "
        + "WHERE t.initiativeId = :initiative AND t.language = :language")
@NamedQuery(name = InitiativeTranslation.FIND_BY_INITIATIVE, query = "SELECT t FROM InitiativeTranslation t "
        + "WHERE t.initiativeId = :initiative ORDER BY t.language")
public class InitiativeTranslation {

    public static final String FIND = "InitiativeTranslation.find";
    public static final String FIND_BY_INITIATIVE = "InitiativeTranslation.findByInitiative";
    /** Tags: an element name after {@code <} or {@code </}; translations are plain text, as the originals. */
    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z!][^>]*>?");

    @Id
    @SequenceGenerator(name = "initiative_translation_seq", sequenceName = "initiative_translation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_translation_seq")
    private Long id;

    @Version
    private int version;

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false)
    private boolean published;

    @Column(length = InitiativeText.TITLE_MAX)
    private String title;
    @Column(length = InitiativeText.SUMMARY_MAX)
    private String summary;
    @Column(length = InitiativeText.TEXT_MAX)
    private String description;
    @Column(length = InitiativeText.TEXT_MAX)
    private String objectives;
    @Column(length = InitiativeText.TEXT_MAX)
    private String results;
    @Column(length = InitiativeText.TEXT_MAX)
    private String challenges;
    @Column(length = InitiativeText.TEXT_MAX)
    private String lessons;
    @Column(length = InitiativeText.TEXT_MAX)
    private String resources;

    @Column(name = "basis_title", length = InitiativeText.TITLE_MAX)
    private String basisTitle;
    @Column(name = "basis_summary", length = InitiativeText.SUMMARY_MAX)
    private String basisSummary;
    @Column(name = "basis_description", length = InitiativeText.TEXT_MAX)
    private String basisDescription;
    @Column(name = "basis_objectives", length = InitiativeText.TEXT_MAX)
    private String basisObjectives;
    @Column(name = "basis_results", length = InitiativeText.TEXT_MAX)
    private String basisResults;
    @Column(name = "basis_challenges", length = InitiativeText.TEXT_MAX)
    private String basisChallenges;
    @Column(name = "basis_lessons", length = InitiativeText.TEXT_MAX)
    private String basisLessons;
    @Column(name = "basis_resources", length = InitiativeText.TEXT_MAX)
    private String basisResources;

    /** The number of the original's version (its history) the translation was made from; 0 before any. */
    @Column(name = "source_version", nullable = false)
    private int sourceVersion;

    @Column(length = InitiativeText.OUTDATED_MAX)
    private String outdated;

    @Column(name = "translator_id")
    private Long translatorId;

    @Column(name = "translator_name", length = 120)
    private String translatorName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected InitiativeTranslation() {
    }

    /** A new, empty draft of {@code initiativeId} in {@code language}. */
    public InitiativeTranslation(long initiativeId, Language language, Instant now) {
        this.initiativeId = initiativeId;
        this.language = Require.notNull(language, "language");
        this.updatedAt = Require.notNull(now, "now");
    }

    /**
     * Checks one field of a translation as typed: plain text (no HTML tags, no control characters but line feeds and
     * tabs) within the field's length; returns it stripped, or null when blank.
     */
    public static String clean(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String cleaned = value.replace("\r\n", "\n").strip();
        int max = field.equals("title") ? InitiativeText.TITLE_MAX
                : field.equals("summary") ? InitiativeText.SUMMARY_MAX : InitiativeText.TEXT_MAX;
        if (cleaned.length() > max) {
            throw new TranslationException("translation.error.length", field, field + ": " + cleaned.length());
        }
        if (cleaned.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'
                || Character.getType(c) == Character.SURROGATE)) {
            throw new TranslationException("translation.error.control", field, field + ": a control character");
        }
        if (MARKUP.matcher(cleaned).find()) {
            throw new TranslationException("translation.error.markup", field, field + ": markup");
        }
        return cleaned;
    }

    /**
     * Saves the texts typed ({@link InitiativeText#FIELDS} names to values, already {@link #clean}ed) as made from the
     * original {@code basis} of version {@code sourceVersion}, by {@code translator}. A published translation stays
     * published and its out-of-date marks go: it was looked at again.
     */
    public void save(Map<String, String> texts, InitiativeText basis, int sourceVersion, long translatorId,
                     String translatorName, Instant now) {
        for (String field : InitiativeText.FIELDS) {
            set(field, texts.get(field), false);
            set(field, basis.field(field), true);
        }
        this.sourceVersion = sourceVersion;
        this.translatorId = translatorId;
        this.translatorName = translatorName;
        this.outdated = null;
        this.updatedAt = Require.notNull(now, "now");
    }

    /** Publishes it: the texts readers get in its language. Title and summary are required. */
    public InitiativeText publish(Instant now) {
        if (title == null || summary == null) {
            throw new TranslationException("translation.error.required", title == null ? "title" : "summary",
                    "title and summary are required to publish");
        }
        published = true;
        publishedAt = Require.notNull(now, "now");
        updatedAt = now;
        return shown();
    }

    /** Its texts as readers get them, with the out-of-date marks. */
    public InitiativeText shown() {
        return new InitiativeText(title, summary, description, objectives, results, challenges, lessons, resources)
                .withOutdated(getOutdatedFields());
    }

    /**
     * Marks the fields whose original ({@code original}, the current original text) differs from the one it was
     * translated from; returns the fields out of date.
     */
    public List<String> compareWith(InitiativeText original) {
        List<String> fields = InitiativeText.FIELDS.stream()
                .filter(f -> !Objects.equals(blankToNull(original.field(f)), basis(f))).toList();
        outdated = fields.isEmpty() ? null : String.join(",", fields);
        return fields;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The translated text of a field ({@link InitiativeText#FIELDS} name), null when not written. */
    public String text(String field) {
        return get(field, false);
    }

    /** The original's text of a field the translation was made from, null when it had none. */
    public String basis(String field) {
        return get(field, true);
    }

    /** The texts by field name, in page order. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        InitiativeText.FIELDS.forEach(f -> texts.put(f, text(f)));
        return texts;
    }

    private String get(String field, boolean basis) {
        return switch (field) {
            case "title" -> basis ? basisTitle : title;
            case "summary" -> basis ? basisSummary : summary;
            case "description" -> basis ? basisDescription : description;
            case "objectives" -> basis ? basisObjectives : objectives;
            case "results" -> basis ? basisResults : results;
            case "challenges" -> basis ? basisChallenges : challenges;
            case "lessons" -> basis ? basisLessons : lessons;
            case "resources" -> basis ? basisResources : resources;
            default -> throw new IllegalArgumentException("no field " + field);
        };
    }

    private void set(String field, String value, boolean basis) {
        String v = blankToNull(value);
        switch (field) {
            case "title" -> { if (basis) { basisTitle = v; } else { title = v; } }
            case "summary" -> { if (basis) { basisSummary = v; } else { summary = v; } }
            case "description" -> { if (basis) { basisDescription = v; } else { description = v; } }
            case "objectives" -> { if (basis) { basisObjectives = v; } else { objectives = v; } }
            case "results" -> { if (basis) { basisResults = v; } else { results = v; } }
            case "challenges" -> { if (basis) { basisChallenges = v; } else { challenges = v; } }
            case "lessons" -> { if (basis) { basisLessons = v; } else { lessons = v; } }
            case "resources" -> { if (basis) { basisResources = v; } else { resources = v; } }
            default -> throw new IllegalArgumentException("no field " + field);
        }
    }

    /** The fields out of date, in page order; empty when none. */
    public List<String> getOutdatedFields() {
        return outdated == null ? List.of() : List.of(outdated.split(","));
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public Language getLanguage() {
        return language;
    }

    public boolean isPublished() {
        return published;
    }

    public int getSourceVersion() {
        return sourceVersion;
    }

    public Long getTranslatorId() {
        return translatorId;
    }

    public String getTranslatorName() {
        return translatorName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
