package org.bepart.event;

import org.bepart.language.Language;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A line of the editors' list of events. */
public record EventRow(long id, String title, EventStatus status, Instant startsAt, Instant endsAt,
                       List<Language> languages, Instant updatedAt) implements Serializable {
}
