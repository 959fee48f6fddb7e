package org.bepart.event;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A cell of the month view: a day of the month (null for a cell outside it) and the events on that day. */
public record EventDay(LocalDate date, List<EventCard> events) implements Serializable {
}
