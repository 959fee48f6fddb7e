package org.bepart.organisation;

import org.bepart.shared.Coded;

import java.util.Optional;

/** The side of an initiative an organisation stands on: the authority that decides, or civil society. */
public enum Sector implements Coded {
    PUBLIC_AUTHORITY("public-authority"),
    CIVIL_SOCIETY("civil-society"),
    RESEARCH("research");

    private final String code;

    Sector(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Sector> fromCode(String code) {
        return Coded.find(Sector.class, code);
    }

    /** Whether an organisation of {@code other} can be the partner of one of this sector (the other side). */
    public boolean canPartnerWith(Sector other) {
        return this == PUBLIC_AUTHORITY ? other != PUBLIC_AUTHORITY : other == PUBLIC_AUTHORITY;
    }
}
