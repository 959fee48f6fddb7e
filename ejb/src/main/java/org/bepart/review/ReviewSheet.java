package org.bepart.review;

import org.bepart.country.MemberState;
import org.bepart.initiative.Format;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Link;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Party;
import org.bepart.initiative.Perspective;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.taxonomy.TermView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the review screen shows of one initiative: its record, both perspectives, every transition, earlier
 * reviews, the checklist of principles, and the version to decide on.
 *
 * @param decisions       what the reader may decide now (empty when the initiative is not under review, or
 *                        validated: then only a later request for changes; empty for a reader of its own organisation)
 * @param ownOrganisation whether the reader stands on either side of it (a member of the owner or the partner, or a
 *                        contact person): somebody else forwards it and decides on it
 * @param heldAt          when it was held back from the public because its submitter was blocked; null when it is not
 */
public record ReviewSheet(long id, int version, InitiativeStatus status, InitiativeText text, Language textLanguage,
                          Language originalLanguage, Set<Language> availableLanguages, MemberState country,
                          String region, String municipality, GovernmentLevel level, Format format,
                          LocalDate startDate, LocalDate endDate, boolean ongoing, List<Stage> stages,
                          List<ParticipationLevel> participation, List<TermView> themes, List<TermView> tools,
                          List<TermView> targetGroups, Party civilSociety, Party publicAuthority, List<Link> links,
                          OrganisationRef owner, OrganisationRef partner, Perspective ownerView, Perspective partnerView,
                          Instant createdAt, Instant submittedAt, Instant updatedAt, List<TransitionView> transitions,
                          List<ReviewView> reviews, List<TermView> principles, Set<InitiativeStatus> decisions,
                          boolean ownOrganisation, Instant heldAt) {

    /** An organisation of the initiative, with its public page. */
    public record OrganisationRef(long id, String name) {
    }

    /** One recorded change of status. {@code actorName} is null when the platform made it. */
    public record TransitionView(Instant at, String actorName, InitiativeStatus from, InitiativeStatus to,
                                 String message) {
    }

    /** An earlier decision and its checklist. */
    public record ReviewView(Instant decidedAt, String reviewerName, InitiativeStatus decision, String message,
                             List<AssessmentView> assessments) {
    }

    /** The rating of one principle, the principle by its name in the reader's language. */
    public record AssessmentView(String principle, org.bepart.review.Rating rating, String note) {
    }

    /** Whether an administrator may forward it to review now. */
    public boolean isForwardable() {
        return status == InitiativeStatus.SUBMITTED && !ownOrganisation;
    }
}
