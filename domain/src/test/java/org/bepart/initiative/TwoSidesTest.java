package org.bepart.initiative;

import org.bepart.account.Account;
import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwoSidesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final Organisation ngo = new Organisation("Green Gyumri", OrganisationKind.CIVIL_SOCIETY, MemberState.AM, NOW);
    private final Organisation city = new Organisation("Gyumri", OrganisationKind.MUNICIPALITY, MemberState.AM, NOW);
    private final Organisation otherNgo = new Organisation("Youth Lori", OrganisationKind.CIVIL_SOCIETY, MemberState.AM, NOW);
    private final Account anna = new Account("anna@example.am", "Anna", "hash", Language.HY, NOW);

    private Initiative draftOfTheNgo() {
        return new Initiative(Language.HY, new InitiativeText("Կանաչ Գյումրի", "Ծառատունկ"), ngo, anna,
                GovernmentLevel.LOCAL, NOW);
    }

    @Test
    void theContactOfEitherPartyIsInvolvedWhateverTheCaseOfTheAddress() {
        Initiative initiative = draftOfTheNgo();
        Account reviewer = new Account("rita@example.am", "Rita", "hash", Language.EN, NOW);
        assertFalse(initiative.involves(reviewer));
        assertTrue(initiative.involves(anna), "the submitter is the civil society's contact");
        initiative.setParties(initiative.getCivilSociety(), new Party("Gyumri", "Rita", "RITA@example.am"), NOW);
        assertTrue(initiative.involves(reviewer), "the public authority's contact");
        assertFalse(initiative.involves(null));
    }

    @Test
    void aHeldInitiativeIsNotPublicUntilReleased() {
        Initiative initiative = draftOfTheNgo();
        initiative.moveTo(InitiativeStatus.SUBMITTED, NOW);
        assertTrue(initiative.isPublic());
        initiative.holdForReview(NOW);
        assertTrue(initiative.isHeld());
        assertFalse(initiative.isPublic());
        initiative.release();
        assertTrue(initiative.isPublic());
    }

    @Test
    void theSubmittersSideIsFilledFromItsOrganisation() {
        Initiative initiative = draftOfTheNgo();
        assertEquals("Green Gyumri", initiative.getCivilSociety().getName());
        assertEquals("anna@example.am", initiative.getCivilSociety().getEmail());
        assertNull(initiative.getPublicAuthority());
        assertEquals(MemberState.AM, initiative.getCountry());
    }

    @Test
    void thePartnerMustStandOnTheOtherSide() {
        Initiative initiative = draftOfTheNgo();
        Perspective view = new Perspective("We hosted the hearings", "Open and useful", null);
        PartnerSideException e = assertThrows(PartnerSideException.class,
                () -> initiative.joinAsPartner(otherNgo, null, view, NOW));
        assertEquals("error.partnerSide", e.getMessageKey());
        initiative.joinAsPartner(city, null, view, NOW);
        assertEquals("Gyumri", initiative.getPublicAuthority().getName());
        assertEquals(view, initiative.getPartnerView());
    }

    @Test
    void bothSidesAreInOnlyWithTwoPerspectives() {
        Initiative initiative = draftOfTheNgo();
        assertFalse(initiative.hasBothSides());
        initiative.describeOwnView(new Perspective("We organised it", "Good turnout", "Start earlier"), NOW);
        assertFalse(initiative.hasBothSides());
        initiative.joinAsPartner(city, null, new Perspective("We decided", "Helpful", null), NOW);
        assertTrue(initiative.hasBothSides());
        initiative.dropPartner(NOW);
        assertFalse(initiative.hasBothSides());
        assertNull(initiative.getPublicAuthority());
    }

    @Test
    void contactAddressesArePublicOnlyWithTheContactsAgreement() {
        Initiative initiative = draftOfTheNgo();
        assertFalse(initiative.getCivilSociety().isEmailPublic(), "nobody agreed yet");
        Account mayor = new Account("mayor@gyumri.am", "Mayor", "hash", Language.HY, NOW);
        initiative.joinAsPartner(city, mayor, new Perspective("We decided", "Helpful", null), true, NOW);
        assertTrue(initiative.getPublicAuthority().isEmailPublic());
        Party withdrawn = initiative.getPublicAuthority().withEmailPublic(false);
        assertFalse(withdrawn.isEmailPublic());
        assertEquals("mayor@gyumri.am", withdrawn.getEmail());
        assertFalse(new Party("No address", "Somebody", null, true).isEmailPublic(), "nothing to show");
        assertFalse(withdrawn.equals(initiative.getPublicAuthority()));
    }

    @Test
    void aPerspectiveNeedsARoleAndAnAssessment() {
        assertThrows(IllegalArgumentException.class, () -> new Perspective(" ", "ok", null));
        assertThrows(IllegalArgumentException.class, () -> new Perspective("role", null, null));
    }

    @Test
    void contributorsEditOnlyBeforeReviewOrWhenChangesAreRequested() {
        Initiative initiative = draftOfTheNgo();
        assertTrue(initiative.isEditableByContributors());
        initiative.moveTo(InitiativeStatus.SUBMITTED, NOW);
        assertTrue(initiative.isEditableByContributors());
        initiative.moveTo(InitiativeStatus.UNDER_REVIEW, NOW);
        assertFalse(initiative.isEditableByContributors());
        initiative.moveTo(InitiativeStatus.CHANGES_REQUESTED, NOW);
        assertTrue(initiative.isEditableByContributors());
    }
}
