package org.bepart.organisation;

import org.bepart.country.MemberState;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void authoritiesPartnerWithCivilSocietyOrResearchAndTheReverse() {
        assertTrue(Sector.PUBLIC_AUTHORITY.canPartnerWith(Sector.CIVIL_SOCIETY));
        assertTrue(Sector.PUBLIC_AUTHORITY.canPartnerWith(Sector.RESEARCH));
        assertTrue(Sector.CIVIL_SOCIETY.canPartnerWith(Sector.PUBLIC_AUTHORITY));
        assertTrue(Sector.RESEARCH.canPartnerWith(Sector.PUBLIC_AUTHORITY));
        assertFalse(Sector.PUBLIC_AUTHORITY.canPartnerWith(Sector.PUBLIC_AUTHORITY));
        assertFalse(Sector.CIVIL_SOCIETY.canPartnerWith(Sector.CIVIL_SOCIETY));
        assertFalse(Sector.CIVIL_SOCIETY.canPartnerWith(Sector.RESEARCH));
    }

    @Test
    void theWebsiteMustBeAWebAddress() {
        Organisation o = new Organisation("Vanadzor", OrganisationKind.MUNICIPALITY, MemberState.AM, NOW);
        o.describe("Vanadzor", OrganisationKind.MUNICIPALITY, MemberState.AM, "https://vanadzor.am", "City");
        assertEquals("https://vanadzor.am", o.getWebsite());
        assertThrows(IllegalArgumentException.class, () -> o.describe("Vanadzor", OrganisationKind.MUNICIPALITY,
                MemberState.AM, "javascript:alert(1)", null));
        assertThrows(IllegalArgumentException.class,
                () -> new Organisation(" ", OrganisationKind.MUNICIPALITY, MemberState.AM, NOW));
    }
}
