package org.bepart.history;

/** A run of text (or one item of a list) that was kept, added or removed. */
public record Segment(Change change, String text) implements java.io.Serializable {
}
