package org.bepart.search;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogCursorTest {

    private static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

    private final LogCursor start = new LogCursor(10, 100, Duration.ofMinutes(10));

    @Test
    void numbersReadInOrderMoveThePositionToTheLast() {
        LogCursor next = start.after(List.of(11L, 12L, 13L), T);
        assertEquals(13, next.high());
        assertEquals(13, next.position());
        assertEquals(Set.of(), next.gaps());
        assertEquals(10, start.position(), "a cursor never changes");
    }

    @Test
    void aSkippedNumberHoldsThePositionBelowItUntilItIsRead() {
        LogCursor next = start.after(List.of(11L, 14L), T);
        assertEquals(14, next.high());
        assertEquals(Set.of(12L, 13L), next.gaps());
        assertEquals(11, next.position(), "restarting from here reads 12 and 13 again");
        LogCursor filled = next.after(List.of(13L, 15L), T.plusSeconds(1));
        assertEquals(Set.of(12L), filled.gaps());
        assertEquals(11, filled.position());
        LogCursor all = filled.after(List.of(12L), T.plusSeconds(2));
        assertEquals(15, all.position());
    }

    @Test
    void aGapIsGivenUpOnceNoTransactionCanStillBeWritingIt() {
        LogCursor next = start.after(List.of(12L), T);
        assertEquals(Set.of(11L), next.after(List.of(), T.plusSeconds(599)).gaps());
        LogCursor later = next.after(List.of(), T.plusSeconds(601));
        assertEquals(Set.of(), later.gaps());
        assertEquals(12, later.position());
    }

    @Test
    void aJumpLargerThanTheGapsKeptIsTakenAsNumbersNeverUsed() {
        LogCursor next = start.after(List.of(500L), T);
        assertEquals(Set.of(), next.gaps());
        assertEquals(500, next.position());
    }

    @Test
    void numbersAlreadyReadChangeNothing() {
        LogCursor next = start.after(List.of(11L, 12L), T).after(List.of(12L, 11L), T);
        assertEquals(12, next.position());
        assertEquals(Set.of(), next.gaps());
    }
}
