package org.bepart.translation;

import org.bepart.history.Segment;

import java.io.Serializable;
import java.util.List;

/**
 * One field of a translation sheet: the original's text now, the translation's, and, when the original changed
 * since the translation was made, what changed in it word by word ({@code changes}, empty otherwise).
 *
 * @param name a name of {@link org.bepart.initiative.InitiativeText#FIELDS}
 */
public record SheetField(String name, String original, String translation, boolean outdated,
                         List<Segment> changes) implements Serializable {

    public SheetField {
        changes = List.copyOf(changes);
    }

    /** Whether the original's field is written (fields without an original need no translation). */
    public boolean hasOriginal() {
        return original != null && !original.isBlank();
    }
}
