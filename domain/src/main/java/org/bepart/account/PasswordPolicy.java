package org.bepart.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The minimum a password must meet: 10 to 128 characters, at least one letter and one other character, not the
 * e-mail address or a part of it, not one of the commonly used passwords. Answers with a message key, not a text.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password123", "1234567890", "qwertyuiop", "password1!",
            "iloveyou12", "qwerty1234", "1q2w3e4r5t", "abc1234567", "passw0rd12", "welcome123", "admin12345",
            "bepart2026", "bepart12345", "letmein123", "1qaz2wsx3edc", "qazwsxedc1", "password12", "zaq12wsxcde");

    private PasswordPolicy() {
    }

    /** The message key of the first rule {@code password} breaks, or empty when it is acceptable. */
    public static Optional<String> check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of("password.tooSimple");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || password.codePoints().distinct().count() < 4) {
            return Optional.of("password.common");
        }
        if (email != null && !email.isBlank()) {
            String address = email.toLowerCase(Locale.ROOT).strip();
            String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (lower.contains(address) || (local.length() >= 4 && lower.contains(local))) {
                return Optional.of("password.containsEmail");
            }
        }
        return Optional.empty();
    }
}
