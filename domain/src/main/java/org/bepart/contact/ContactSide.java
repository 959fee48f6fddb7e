package org.bepart.contact;

import org.bepart.initiative.Initiative;
import org.bepart.initiative.Party;

import java.util.Arrays;
import java.util.Optional;

/** Which contact of an initiative: that of the civil-society side or that of the public authority. */
public enum ContactSide {
    CIVIL_SOCIETY("civil-society"),
    PUBLIC_AUTHORITY("public-authority");

    private final String slug;

    ContactSide(String slug) {
        this.slug = slug;
    }

    /** The form used in addresses, e.g. {@code civil-society}. */
    public String slug() {
        return slug;
    }

    public static Optional<ContactSide> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    /** The party of {@code initiative} on this side, or null. */
    public Party of(Initiative initiative) {
        return this == CIVIL_SOCIETY ? initiative.getCivilSociety() : initiative.getPublicAuthority();
    }

    /** {@code initiative} with {@code party} on this side, the other side unchanged. */
    public void set(Initiative initiative, Party party, java.time.Instant now) {
        if (this == CIVIL_SOCIETY) {
            initiative.setParties(party, initiative.getPublicAuthority(), now);
        } else {
            initiative.setParties(initiative.getCivilSociety(), party, now);
        }
    }
}
