package org.bepart.abuse;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One counter's window. */
class RateCounterTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void hitsAreCountedUntilTheLimitThenRefusedUntilTheWindowEnds() {
        RateCounter counter = new RateCounter("register.c:abc", T0, HOUR);
        assertTrue(counter.hit(3, HOUR, T0.plusSeconds(1)).isEmpty());
        assertTrue(counter.hit(3, HOUR, T0.plusSeconds(2)).isEmpty());
        assertEquals(Optional.of(T0.plus(HOUR)), counter.hit(3, HOUR, T0.plusSeconds(3)), "the 4th within the hour");
        assertEquals(3, counter.getHits(), "refusals are not counted");
        assertTrue(counter.hit(3, HOUR, T0.plus(HOUR)).isEmpty(), "a new window");
        assertEquals(1, counter.getHits());
        assertEquals(T0.plus(HOUR).plus(HOUR), counter.getExpiresAt());
    }

    @Test
    void failuresAreForgottenWithTheirWindow() {
        RateCounter counter = new RateCounter("sign-in.account:x", T0, Duration.ofMinutes(15));
        counter.add(T0.plusSeconds(60), Duration.ofMinutes(15));
        assertEquals(2, counter.hitsAt(T0.plusSeconds(61), Duration.ofMinutes(15)));
        assertEquals(0, counter.hitsAt(T0.plusSeconds(15 * 60), Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new RateCounter("x".repeat(81), T0, HOUR));
    }
}
