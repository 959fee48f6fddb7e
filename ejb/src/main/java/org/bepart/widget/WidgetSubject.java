package org.bepart.widget;

import java.util.Arrays;
import java.util.Optional;

/** What a widget lists the initiatives of; the segment is its name in the widget's address. */
public enum WidgetSubject {
    ORGANISATION("organisation"),
    COUNTRY("country"),
    THEME("theme");

    private final String segment;

    WidgetSubject(String segment) {
        this.segment = segment;
    }

    public String segment() {
        return segment;
    }

    public static Optional<WidgetSubject> fromSegment(String segment) {
        return Arrays.stream(values()).filter(s -> s.segment.equals(segment)).findFirst();
    }
}
