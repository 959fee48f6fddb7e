package org.bepart.discussion;

/** A post just written: its id, and whether it waits for a moderator before others see it. */
public record Posted(long id, boolean held) {
}
