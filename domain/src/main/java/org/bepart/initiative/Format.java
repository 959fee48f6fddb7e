package org.bepart.initiative;

import org.bepart.shared.Coded;

import java.util.Optional;

/** Whether participants took part online, in person, or both. */
public enum Format implements Coded {
    ONLINE("online"),
    OFFLINE("offline"),
    HYBRID("hybrid");

    private final String code;

    Format(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The constant of a URL code; empty for anything else. */
    public static Optional<Format> fromCode(String code) {
        return Coded.find(Format.class, code);
    }
}
