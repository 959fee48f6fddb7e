package org.bepart.history;

import org.bepart.language.Language;

import java.util.List;

/**
 * How one field of the public record changed between two versions.
 *
 * @param name     the field, e.g. "title" or "stages" (pages translate it)
 * @param language the language of a text field, null for fields in no language
 */
public record FieldDiff(String name, Language language, FieldKind kind, List<Segment> segments)
        implements java.io.Serializable {
}
