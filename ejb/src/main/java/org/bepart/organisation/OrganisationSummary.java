package org.bepart.organisation;

import org.bepart.country.MemberState;

import java.io.Serializable;

/** An organisation in a list: enough to name it and link to it. */
public record OrganisationSummary(long id, String name, OrganisationKind kind, MemberState country, String slug) implements Serializable {

    public static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(o.getId(), o.getName(), o.getKind(), o.getCountry(),
                org.bepart.initiative.Initiative.slug(o.getName()));
    }

    public Sector sector() {
        return kind.sector();
    }
}
