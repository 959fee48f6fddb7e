package org.bepart.initiative;

import org.bepart.shared.Coded;

import java.util.Optional;

/** A level of participation, from the least to the most intense, as in the Code of Good Practice. */
public enum ParticipationLevel implements Coded {
    INFORMATION("information"),
    CONSULTATION("consultation"),
    DIALOGUE("dialogue"),
    PARTNERSHIP("partnership");

    private final String code;

    ParticipationLevel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The constant of a URL code; empty for anything else. */
    public static Optional<ParticipationLevel> fromCode(String code) {
        return Coded.find(ParticipationLevel.class, code);
    }
}
