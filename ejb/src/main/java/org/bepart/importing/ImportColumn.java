package org.bepart.importing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of an import file: those of the open-data CSV export, by the same names, so that an export is imported
 * again as it is. {@link #isRead()} is false for what the platform sets itself (ids, addresses, status,
 * times, and what peers made of an initiative: useful marks and replications).
 */
public enum ImportColumn {
    ID("id", false),
    URL("url", false),
    TITLE("title", true),
    SUMMARY("summary", true),
    LANGUAGE("language", true),
    ORIGINAL_LANGUAGE("originalLanguage", true),
    LANGUAGES("languages", false),
    DESCRIPTION("description", true),
    OBJECTIVES("objectives", true),
    RESULTS("results", true),
    CHALLENGES("challenges", true),
    LESSONS_LEARNED("lessonsLearned", true),
    RESOURCES("resources", true),
    COUNTRY("country", true),
    REGION("region", true),
    MUNICIPALITY("municipality", true),
    LEVEL("level", true),
    FORMAT("format", true),
    STAGES("stages", true),
    PARTICIPATION("participation", true),
    THEMES("themes", true),
    TOOLS("tools", true),
    TARGET_GROUPS("targetGroups", true),
    STATUS("status", false),
    START_DATE("startDate", true),
    END_DATE("endDate", true),
    ONGOING("ongoing", true),
    CIVIL_SOCIETY_ORGANISATION("civilSocietyOrganisation", true),
    PUBLIC_AUTHORITY("publicAuthority", true),
    LINKS("links", true),
    SUBMITTED_AT("submittedAt", false),
    UPDATED_AT("updatedAt", false),
    USEFUL_COUNT("usefulCount", false),
    INSPIRED_BY("inspiredBy", false),
    REPLICATED_IN("replicatedIn", false),
    /** Each language with its state (original, translation, outdated): translations are made on the platform. */
    LANGUAGE_STATES("languageStates", false);

    /** Columns a file must have (and {@link #LANGUAGE} or {@link #ORIGINAL_LANGUAGE}). */
    public static final Set<ImportColumn> REQUIRED = EnumSet.of(TITLE, SUMMARY, COUNTRY, LEVEL);

    private final String header;
    private final boolean read;

    ImportColumn(String header, boolean read) {
        this.header = header;
        this.read = read;
    }

    /** The column's name in the header row. */
    public String header() {
        return header;
    }

    /** Whether the import uses its values (false: the platform sets it). */
    public boolean isRead() {
        return read;
    }

    /** The column of a header cell, in any case and without surrounding spaces; empty for an unknown one. */
    public static Optional<ImportColumn> ofHeader(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String plain = name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.toLowerCase(Locale.ROOT).equals(plain)).findFirst();
    }
}
