package org.bepart.initiative;

import org.bepart.shared.Coded;

import java.util.Optional;

/** The level of government the initiative took place at. */
public enum GovernmentLevel implements Coded {
    LOCAL("local"),
    REGIONAL("regional"),
    NATIONAL("national");

    private final String code;

    GovernmentLevel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The constant of a URL code; empty for anything else. */
    public static Optional<GovernmentLevel> fromCode(String code) {
        return Coded.find(GovernmentLevel.class, code);
    }
}
