package org.bepart.taxonomy;

import java.util.Arrays;
import java.util.Optional;

/** The managed lists an initiative is classified by. */
public enum TermKind {
    THEME("theme"),
    TOOL("tool"),
    TARGET_GROUP("target"),
    /** The principles of the Code of Good Practice reviewers check an initiative against. */
    PRINCIPLE("principle");

    private final String parameter;

    TermKind(String parameter) {
        this.parameter = parameter;
    }

    /** Name of the query parameter that filters by this kind. */
    public String parameter() {
        return parameter;
    }

    /** Whether administrators manage this list (add, rename, reorder, merge, retire): the ones initiatives have. */
    public boolean isManaged() {
        return this != PRINCIPLE;
    }

    public static Optional<TermKind> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(k -> k.parameter.equals(parameter)).findFirst();
    }
}
