package org.bepart.event;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/** The month view: weeks of seven cells, Monday first, and every event of the month in order. */
public record EventMonth(YearMonth month, List<List<EventDay>> weeks, List<EventCard> events)
        implements Serializable {

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
