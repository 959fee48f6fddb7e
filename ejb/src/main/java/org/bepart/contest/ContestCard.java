package org.bepart.contest;

import org.bepart.language.Language;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A published contest in a list: title in the reader's language (else the original), dates, ages, categories. */
public record ContestCard(long id, String title, Language language, ContestPhase phase, Instant opensAt,
                          Instant closesAt, int minAge, int maxAge, List<EntryCategory> categories,
                          boolean winnersAnnounced, String slug) implements Serializable {

    /** Its address below the context root. */
    public String path() {
        return "/contests/" + id + (slug == null || slug.isEmpty() ? "" : "/" + slug);
    }

    public boolean isOpen() {
        return phase == ContestPhase.OPEN && !winnersAnnounced;
    }

    static ContestCard of(Contest c, Language language, Instant now) {
        return new ContestCard(c.getId() == null ? 0 : c.getId(), c.textFor(language).getTitle(), c.shownLanguage(language), c.phaseAt(now),
                c.getOpensAt(), c.getClosesAt(), c.getMinAge(), c.getMaxAge(), c.getCategories(),
                c.getWinnersAnnouncedAt() != null, c.slug(language));
    }
}
