package org.bepart.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressValidatorsTest {

    /** Values shaped to make a backtracking pattern take quadratic time, 200 KB each. */
    private static final List<String> HOSTILE = List.of(
            "a@" + ".".repeat(200_000) + "@",
            "a@" + "a.".repeat(100_000) + " ",
            "a".repeat(200_000) + "@",
            "http://" + "a".repeat(200_000) + " ",
            "http://x/" + "/".repeat(200_000) + "\n",
            "https://" + "a-".repeat(100_000));

    /** Far above linear work on these values even on a loaded machine, far below a backtracking pattern's minutes. */
    private static final java.time.Duration LINEAR_BOUND = java.time.Duration.ofSeconds(10);

    @Test
    void emailAddresses() {
        assertTrue(EmailAddressValidator.isValid("anna@example.am"));
        assertTrue(EmailAddressValidator.isValid("anna.k+news@mail.example.org"));
        assertTrue(EmailAddressValidator.isValid("Անի@օրինակ.հայ"));
        for (String bad : List.of("", "anna", "anna@", "@example.am", "anna@example", "a b@c.d", "a@b@c.d",
                "a@.b", "a@b.", "a@b..c", "a@" + "b".repeat(250) + ".am")) {
            assertFalse(EmailAddressValidator.isValid(bad), bad);
        }
        assertFalse(EmailAddressValidator.isValid(null));
    }

    @Test
    void webAddresses() {
        assertTrue(WebAddressValidator.isValid("https://example.org", 1000));
        assertTrue(WebAddressValidator.isValid("http://example.org/a/b?c=d#e", 1000));
        for (String bad : List.of("", "example.org", "javascript:alert(1)", "ftp://example.org", "https://",
                "https:///path", "http://exa mple.org", "https://example.org/\"onmouseover", "mailto:a@b.c")) {
            assertFalse(WebAddressValidator.isValid(bad, 1000), bad);
        }
        assertFalse(WebAddressValidator.isValid("https://example.org/" + "a".repeat(1000), 1000), "too long");
    }

    @Test
    void aBlankFieldMeansNoAddress() {
        WebAddressValidator constraint = new WebAddressValidator();
        assertTrue(constraint.isValid(null, null));
        assertTrue(constraint.isValid("", null));
        assertTrue(constraint.isValid("  ", null));
        assertFalse(constraint.isValid("javascript:alert(1)", null));
    }

    @Test
    void hostileValuesAreRefusedAtOnce() {
        check(EmailAddressValidator::isValid);
        check(v -> WebAddressValidator.isValid(v, 1000));
        check(v -> WebAddressValidator.isValid(v, Integer.MAX_VALUE));
        // the pattern itself is linear, whatever the length
        assertTimeoutPreemptively(LINEAR_BOUND, () -> {
            for (String value : HOSTILE) {
                EmailAddressValidator.SHAPE.matcher(value).matches();
            }
        });
    }

    private static void check(Predicate<String> valid) {
        assertTimeoutPreemptively(LINEAR_BOUND, () -> {
            for (String value : HOSTILE) {
                assertFalse(valid.test(value));
            }
        });
    }
}
