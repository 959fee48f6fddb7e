package org.bepart.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
            "short1,password.tooShort",
            "onlyletterslong,password.tooSimple",
            "123456789012,password.tooSimple",
            "Password123,password.common",
            "aaaaaaaaa1aa,password.common",
            "anna.petrosyan-2026,password.containsEmail"})
    void weakPasswordsAreRefusedWithTheRuleTheyBreak(String password, String key) {
        assertEquals(Optional.of(key), PasswordPolicy.check(password, "Anna.Petrosyan@example.am"));
    }

    @Test
    void aLongMixedPasswordIsAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.check("Երևան-Gyumri 2026", "anna@example.am"));
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.check("a1".repeat(65), "x@example.am"));
    }

    @Test
    void nullIsTooShort() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.check(null, null));
    }
}
