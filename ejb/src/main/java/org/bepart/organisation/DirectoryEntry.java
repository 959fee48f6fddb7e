package org.bepart.organisation;

import org.bepart.country.MemberState;

import java.io.Serializable;

/**
 * An organisation in the public directory, with its badge (verified public authority) and the number of its public
 * initiatives (as owner or partner).
 */
public record DirectoryEntry(long id, String name, String slug, OrganisationKind kind, MemberState country,
                             boolean verified, long initiatives) implements Serializable {
}
