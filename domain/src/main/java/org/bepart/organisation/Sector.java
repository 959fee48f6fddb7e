package org.bepart.organisation;

/** The side of an initiative an organisation stands on: the authority that decides, or civil society. */
public enum Sector {
    PUBLIC_AUTHORITY,
    CIVIL_SOCIETY,
    RESEARCH;

    /** Whether an organisation of {@code other} can be the partner of one of this sector (the other side). */
    public boolean canPartnerWith(Sector other) {
        return this == PUBLIC_AUTHORITY ? other != PUBLIC_AUTHORITY : other == PUBLIC_AUTHORITY;
    }
}
