package org.bepart.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

/** Checks {@link EmailAddress}; its static check serves entities and forms alike. */
public class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    /** The longest address SMTP carries (RFC 5321). */
    public static final int MAX = 254;
    /**
     * Something without spaces, one {@code @}, then dot-separated labels (at least two). Possessive quantifiers over
     * disjoint classes: the matcher never backtracks, so the time is linear in the length.
     */
    static final Pattern SHAPE = Pattern.compile("[^@\\s]++@(?:[^@\\s.]++\\.)++[^@\\s.]++");

    /** Whether {@code address} is at most {@link #MAX} characters and shaped like an e-mail address. */
    public static boolean isValid(String address) {
        return address != null && !address.isEmpty() && address.length() <= MAX && SHAPE.matcher(address).matches();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isValid(value);
    }
}
