package org.bepart.shared;

import java.util.Arrays;
import java.util.Optional;

/** A fixed value that appears in URLs and the open data under a stable lower-case code. */
public interface Coded {

    /** Stable lower-case code, e.g. "agenda-setting". */
    String code();

    /** The constant of {@code type} with this code; empty for anything else, including null. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(v -> v.code().equals(code)).findFirst();
    }
}
