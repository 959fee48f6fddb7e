package org.bepart.event;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthGridTest {

    @Test
    void weeksStartOnMondayWithEmptyCellsOutsideTheMonth() {
        MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 12)); // 1 December 2026 is a Tuesday
        assertEquals(5, grid.weeks().size());
        grid.weeks().forEach(week -> assertEquals(7, week.size()));
        assertNull(grid.weeks().get(0).get(0));
        assertEquals(LocalDate.of(2026, 12, 1), grid.weeks().get(0).get(1));
        assertEquals(LocalDate.of(2026, 12, 31), grid.weeks().get(4).get(3));
        assertNull(grid.weeks().get(4).get(4));
        List<LocalDate> days = grid.weeks().stream().flatMap(List::stream).filter(Objects::nonNull).toList();
        assertEquals(31, days.size());
        assertEquals(days.stream().sorted().toList(), days);
        grid.weeks().forEach(week -> week.stream().filter(Objects::nonNull).findFirst()
                .ifPresent(d -> assertTrue(d.getDayOfWeek() == DayOfWeek.MONDAY || d.getDayOfMonth() == 1)));
    }

    @Test
    void aFebruaryStartingOnMondayFillsFourWeeks() {
        MonthGrid grid = MonthGrid.of(YearMonth.of(2027, 2)); // 1 February 2027 is a Monday, 28 days
        assertEquals(4, grid.weeks().size());
        assertEquals(LocalDate.of(2027, 2, 1), grid.weeks().get(0).get(0));
        assertEquals(LocalDate.of(2027, 2, 28), grid.weeks().get(3).get(6));
        assertEquals(6, MonthGrid.of(YearMonth.of(2026, 8)).weeks().size(), "August 2026 starts on a Saturday");
    }

    @Test
    void aMultiDayEventSpansItsDaysInclusive() {
        LocalDate first = LocalDate.of(2026, 6, 9);
        LocalDate last = LocalDate.of(2026, 6, 11);
        assertTrue(MonthGrid.spans(first, last, first));
        assertTrue(MonthGrid.spans(first, last, last));
        assertFalse(MonthGrid.spans(first, last, last.plusDays(1)));
        assertFalse(MonthGrid.spans(first, last, null));
    }
}
