package org.bepart.translation;

import org.bepart.language.Language;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A translation as its editor shows it, side by side with the original.
 *
 * @param title         the original's title
 * @param state         none yet, a draft, published, or published with fields out of date
 * @param sourceVersion the original's version it was made from (0: none yet)
 * @param version       the translation's version, sent back with the next save (0 for a new one)
 */
public record TranslationSheet(long initiativeId, String title, Language originalLanguage, Language language,
                               TranslationState state, List<SheetField> fields, String translatorName,
                               int sourceVersion, int version, Instant updatedAt) implements Serializable {

    public TranslationSheet {
        fields = List.copyOf(fields);
    }

    /** Whether any field's original changed since the translation was made. */
    public boolean isOutdated() {
        return fields.stream().anyMatch(SheetField::outdated);
    }
}
