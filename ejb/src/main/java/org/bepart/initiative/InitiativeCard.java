package org.bepart.initiative;

import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.taxonomy.TermView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An initiative as a list shows it, in the reader's language where it has one.
 *
 * @param highlight    the summary as safe HTML with the searched words marked, or null
 * @param replications how many public initiatives say they were inspired by it
 */
public record InitiativeCard(long id, String slug, String title, String summary, String highlight,
                             Language textLanguage,
                             boolean fallback, MemberState country, String region, String municipality,
                             GovernmentLevel level, InitiativeStatus status, List<Stage> stages,
                             List<ParticipationLevel> participation, List<TermView> themes, LocalDate startDate,
                             LocalDate endDate, boolean ongoing, Instant submittedAt, int replications) {

    static InitiativeCard of(Initiative i, Language language) {
        ShownText shown = i.textFor(language);
        return new InitiativeCard(i.getId(), Initiative.slug(shown.text().getTitle()), shown.text().getTitle(),
                shown.text().getSummary(), null, shown.language(), shown.isFallback(), i.getCountry(), i.getRegion(),
                i.getMunicipality(), i.getGovernmentLevel(), i.getStatus(), List.copyOf(i.getStages()),
                List.copyOf(i.getParticipationLevels()),
                i.termsOf(org.bepart.taxonomy.TermKind.THEME).stream().map(t -> TermView.of(t, language)).toList(),
                i.getSchedule().getStartDate(), i.getSchedule().getEndDate(), i.getSchedule().isOngoing(),
                i.getSubmittedAt(), i.getReplicationCount());
    }

    InitiativeCard withHighlight(String html) {
        return new InitiativeCard(id, slug, title, summary, html, textLanguage, fallback, country, region, municipality,
                level, status, stages, participation, themes, startDate, endDate, ongoing, submittedAt,
                replications);
    }
}
