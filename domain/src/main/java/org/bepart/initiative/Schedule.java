package org.bepart.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** When an initiative ran: a start date and either an end date or "ongoing". */
@Embeddable
public class Schedule {

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(nullable = false)
    private boolean ongoing;

    protected Schedule() {
    }

    private Schedule(LocalDate startDate, LocalDate endDate, boolean ongoing) {
        if (ongoing && endDate != null) {
            throw new IllegalArgumentException("an ongoing initiative has no end date");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("the end date " + endDate + " is before the start date " + startDate);
        }
        this.startDate = startDate;
        this.endDate = endDate;
        this.ongoing = ongoing;
    }

    public static Schedule between(LocalDate start, LocalDate end) {
        return new Schedule(start, end, false);
    }

    public static Schedule ongoingSince(LocalDate start) {
        return new Schedule(start, null, true);
    }

    public static Schedule unknown() {
        return new Schedule(null, null, false);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public boolean isOngoing() {
        return ongoing;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && ongoing == s.ongoing && Objects.equals(startDate, s.startDate)
                && Objects.equals(endDate, s.endDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startDate, endDate, ongoing);
    }
}
