package org.bepart.abuse;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rates as the settings write them. */
class RateRuleTest {

    @Test
    void countsPerWindowInSecondsMinutesHoursOrDays() {
        assertEquals(new RateRule(20, Duration.ofHours(1)), RateRule.parse("20/1h"));
        assertEquals(new RateRule(5, Duration.ofMinutes(15)), RateRule.parse(" 5 / 15m "));
        assertEquals(new RateRule(100, Duration.ofDays(1)), RateRule.parse("100/1D"));
        assertEquals(new RateRule(1, Duration.ofSeconds(30)), RateRule.parse("1/30s"));
        for (String bad : new String[] {"", "20", "0/1h", "20/0h", "20/1w", "-1/1h", "20/h", null}) {
            assertThrows(IllegalArgumentException.class, () -> RateRule.parse(bad), String.valueOf(bad));
        }
    }
}
