package org.bepart.people;

import org.bepart.initiative.InitiativeCard;
import org.bepart.language.Language;

import java.time.Instant;
import java.util.List;

/** What readers see of a person who chose a public profile. */
public record PersonProfile(long id, String name, String slug, String bio, List<Organisation> organisations,
                            List<InitiativeCard> initiatives, List<Answer> answers) {

    /** An organisation the person belongs to, as a link. */
    public record Organisation(long id, String name, String slug) {
    }

    /** One of the team's answers the person wrote, on a public initiative: an excerpt and its place. */
    public record Answer(long postId, long initiativeId, String initiativeTitle, Language titleLanguage,
                         String excerpt, Language language, Instant at) {
    }

    public PersonProfile {
        organisations = List.copyOf(organisations);
        initiatives = List.copyOf(initiatives);
        answers = List.copyOf(answers);
    }
}
