package org.bepart.event;

import org.bepart.shared.Require;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The weeks of a month as a calendar shows them, Monday first: every week has seven days; days before the first and
 * after the last of the month are null (empty cells).
 */
public record MonthGrid(YearMonth month, List<List<LocalDate>> weeks) {

    public static MonthGrid of(YearMonth month) {
        Require.notNull(month, "month");
        LocalDate first = month.atDay(1);
        LocalDate start = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth();
        LocalDate end = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<LocalDate>> weeks = new ArrayList<>();
        for (LocalDate monday = start; !monday.isAfter(end); monday = monday.plusWeeks(1)) {
            List<LocalDate> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate day = monday.plusDays(i);
                week.add(YearMonth.from(day).equals(month) ? day : null);
            }
            weeks.add(Collections.unmodifiableList(week));
        }
        return new MonthGrid(month, List.copyOf(weeks));
    }

    /** Whether an event from {@code first} to {@code last} (dates, inclusive) touches {@code day}. */
    public static boolean spans(LocalDate first, LocalDate last, LocalDate day) {
        return day != null && !day.isBefore(first) && !day.isAfter(last);
    }
}
