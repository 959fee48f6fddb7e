package org.bepart.history;

import java.time.Instant;

/** One kept version of an initiative. {@code authorName} is null when the platform recorded it. */
public record VersionRow(int number, Instant createdAt, String authorName) implements java.io.Serializable {
}
