package org.bepart.organisation;

import org.bepart.shared.Coded;

import java.util.Optional;

/** What kind of organisation it is; public authorities by their level. */
public enum OrganisationKind implements Coded {
    MUNICIPALITY("municipality", Sector.PUBLIC_AUTHORITY),
    REGIONAL_AUTHORITY("region", Sector.PUBLIC_AUTHORITY),
    NATIONAL_BODY("national", Sector.PUBLIC_AUTHORITY),
    CIVIL_SOCIETY("civil-society", Sector.CIVIL_SOCIETY),
    RESEARCH("research", Sector.RESEARCH);

    private final String code;
    private final Sector sector;

    OrganisationKind(String code, Sector sector) {
        this.code = code;
        this.sector = sector;
    }

    @Override
    public String code() {
        return code;
    }

    public Sector sector() {
        return sector;
    }

    public static Optional<OrganisationKind> fromCode(String code) {
        return Coded.find(OrganisationKind.class, code);
    }
}
