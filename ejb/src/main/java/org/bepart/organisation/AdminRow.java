package org.bepart.organisation;

import org.bepart.country.MemberState;

import java.io.Serializable;
import java.time.Instant;

/**
 * An organisation in the administrators' list: what it is, whether it is verified, since when it exists, its numbers
 * of members and of initiatives (any status, as owner or partner), and the version it was read at.
 */
public record AdminRow(long id, int version, String name, String slug, OrganisationKind kind, MemberState country,
                       boolean verified, Instant createdAt, long members, long initiatives) implements Serializable {

    /** Only public authorities carry the badge. */
    public boolean verifiable() {
        return kind.sector() == Sector.PUBLIC_AUTHORITY;
    }
}
