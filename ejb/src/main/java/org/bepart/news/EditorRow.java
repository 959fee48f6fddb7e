package org.bepart.news;

import org.bepart.language.Language;

import java.time.Instant;
import java.util.List;

/** A news item in the editors' list, with the status it has now. */
public record EditorRow(long id, String title, NewsCategory category, NewsStatus status, Instant publishAt,
                        boolean pinned, Instant updatedAt, List<Language> languages) implements java.io.Serializable {
}
