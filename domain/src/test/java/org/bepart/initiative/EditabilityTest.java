package org.bepart.initiative;

import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;
import org.bepart.shared.AccessDeniedException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may change an initiative's content, and its partner's side, in each status. */
class EditabilityTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final Organisation ngo = new Organisation("Green Gyumri", OrganisationKind.CIVIL_SOCIETY, MemberState.AM, NOW);
    private final Organisation city = new Organisation("Gyumri", OrganisationKind.MUNICIPALITY, MemberState.AM, NOW);
    private final Account anna = new Account("anna@example.am", "Anna", "hash", Language.HY, NOW);
    private final Account gor = new Account("gor@example.am", "Gor", "hash", Language.HY, NOW);
    private final Account stranger = new Account("sona@example.am", "Sona", "hash", Language.HY, NOW);
    private final Account admin = new Account("admin@example.am", "Admin", "hash", Language.EN, NOW);

    private Initiative draftOfTheNgo() {
        anna.join(ngo);
        gor.join(city);
        admin.grant(Role.ADMINISTRATOR);
        return new Initiative(Language.HY, new InitiativeText("Կանաչ Գյումրի", "Ծառատունկ"), ngo, anna,
                GovernmentLevel.LOCAL, NOW);
    }

    @Test
    void theOwnerEditsWhileContributorsMayAndAdministratorsAlways() {
        Initiative initiative = draftOfTheNgo();
        assertTrue(initiative.isEditableBy(anna), "draft");
        assertFalse(initiative.isEditableBy(stranger));
        assertFalse(initiative.isEditableBy(gor), "the partner-to-be is not the owner");
        assertTrue(initiative.isEditableBy(admin));

        initiative.moveTo(InitiativeStatus.SUBMITTED, NOW);
        assertTrue(initiative.isEditableBy(anna), "submitted");
        initiative.moveTo(InitiativeStatus.UNDER_REVIEW, NOW);
        assertFalse(initiative.isEditableBy(anna), "under review");
        assertTrue(initiative.isEditableBy(admin), "administrators at any time");
        initiative.moveTo(InitiativeStatus.CHANGES_REQUESTED, NOW);
        assertTrue(initiative.isEditableBy(anna), "changes requested");
        initiative.moveTo(InitiativeStatus.SUBMITTED, NOW);
        initiative.moveTo(InitiativeStatus.UNDER_REVIEW, NOW);
        initiative.moveTo(InitiativeStatus.VALIDATED, NOW);
        assertFalse(initiative.isEditableBy(anna), "validated");
        assertTrue(initiative.isEditableBy(admin));
    }

    @Test
    void checkEditableByRefusesWithAccessDenied() {
        Initiative initiative = draftOfTheNgo();
        assertDoesNotThrow(() -> initiative.checkEditableBy(anna));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> initiative.checkEditableBy(stranger));
        assertEquals(new AccessDeniedException("").getMessageKey(), refused.getMessageKey());
    }

    @Test
    void thePartnersSideIsTheirsWhileContributorsMayEdit() {
        Initiative initiative = draftOfTheNgo();
        assertFalse(initiative.isPartnerSideEditableBy(gor), "no partner yet");
        initiative.joinAsPartner(city, gor, new Perspective("Host", "It worked", null), NOW);
        assertTrue(initiative.isPartnerSideEditableBy(gor));
        assertFalse(initiative.isPartnerSideEditableBy(anna), "the owner does not speak for the partner");
        assertFalse(initiative.isEditableBy(gor), "the partner does not edit the owner's content");
        assertTrue(initiative.isPartnerSideEditableBy(admin));
        initiative.moveTo(InitiativeStatus.SUBMITTED, NOW);
        initiative.moveTo(InitiativeStatus.UNDER_REVIEW, NOW);
        assertFalse(initiative.isPartnerSideEditableBy(gor), "under review");
    }
}
