package org.bepart.shared;

import java.util.Objects;

/** Argument checks for constructors and domain methods. */
public final class Require {

    private Require() {
    }

    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }

    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    /** Null or blank becomes null, anything else is stripped and checked against {@code max}. */
    public static String optional(String value, int max, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(value.strip(), max, name);
    }

    public static String maxLength(String value, int max, String name) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return value;
    }
}
