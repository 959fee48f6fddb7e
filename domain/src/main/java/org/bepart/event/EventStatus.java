package org.bepart.event;

/** Whether readers see an event. */
public enum EventStatus {
    DRAFT,
    PUBLISHED
}
