package org.bepart.people;

import org.bepart.initiative.InitiativeCard;

import java.util.List;

/** What readers see of a person who chose a public profile. */
public record PersonProfile(long id, String name, String slug, String bio, List<Organisation> organisations,
                            List<InitiativeCard> initiatives) {

    /** An organisation the person belongs to, as a link. */
    public record Organisation(long id, String name, String slug) {
    }

    public PersonProfile {
        organisations = List.copyOf(organisations);
        initiatives = List.copyOf(initiatives);
    }
}
