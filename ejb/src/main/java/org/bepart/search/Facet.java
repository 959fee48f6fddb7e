package org.bepart.search;

import java.util.Arrays;
import java.util.Optional;

/** What the catalogue can be narrowed by. The parameter is the name in the catalogue's URL and in the API. */
public enum Facet {
    COUNTRY("country"),
    LEVEL("level"),
    STAGE("stage"),
    PARTICIPATION("participation"),
    THEME("theme"),
    TOOL("tool"),
    TARGET("target"),
    YEAR("year"),
    STATUS("status"),
    /** Whether other initiatives were inspired by it: one value, {@link #REPLICATED_YES}. */
    REPLICATED("replicated"),
    /**
     * The languages it can be read in (its original and its translations), as language tags; {@link #AVAILABLE_YES}
     * stands for the reader's own language.
     */
    AVAILABLE("available");

    /** The value of {@link #AVAILABLE} that stands for the reader's language. */
    public static final String AVAILABLE_YES = "yes";

    /** The one value of {@link #REPLICATED}. */
    public static final String REPLICATED_YES = "yes";

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** Lucene's dimension name. */
    String dimension() {
        return parameter;
    }

    public static Optional<Facet> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
    }
}
