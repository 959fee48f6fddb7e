package org.bepart.partner;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.bepart.account.Role;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeDetail;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.PartnerSideException;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.media.MediaService;
import org.bepart.media.TestImages;
import org.bepart.organisation.OrganisationKind;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.SqlStatements;
import org.bepart.submission.EventRecorder;
import org.bepart.submission.FormsAccess;
import org.bepart.submission.SubmissionService;
import org.bepart.submission.SubmissionTestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inviting the other side, joining with its perspective, and administrators replacing it, on Payara Micro. */
@ExtendWith(ArquillianExtension.class)
public class PartnerServiceIT {

    @EJB
    private PartnerService partners;

    @EJB
    private SubmissionService submissions;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private MediaService media;

    @EJB
    private SubmissionTestData data;

    @Inject
    private EventRecorder events;

    private long owner;
    private long initiative;

    /** A complete initiative of a civil-society organisation, submitted or still a draft. */
    private void initiative(boolean submit) {
        owner = data.account();
        long organisation = data.organisation(owner, OrganisationKind.CIVIL_SOCIETY);
        SubmissionService.Saved s = submissions.create(owner, organisation, FormsAccess.basics("Two sides"));
        s = submissions.savePlace(owner, s.id(), s.version(), FormsAccess.place());
        s = submissions.saveProcess(owner, s.id(), s.version(), FormsAccess.process());
        s = submissions.saveResults(owner, s.id(), s.version(), FormsAccess.results());
        initiative = s.id();
        if (submit) {
            lifecycle.submit(owner, s.id(), s.version());
        }
    }

    @Test
    void theInvitedAuthorityJoinsAndASubmittedInitiativeGoesToReview() {
        initiative(true);
        media.add(owner, initiative, "park.png", TestImages.png(200, 100, false), "The park");
        long invitation = partners.invite(owner, initiative, "Abovyan municipality", "Mayor@Abovyan.test");
        assertEquals("mayor@abovyan.test", events.invitation(invitation).email());
        assertTrue(events.invitation(invitation).link().startsWith(PartnerService.LINK));
        String token = events.token(invitation);

        long mayor = data.account();
        long municipality = data.organisation(mayor, OrganisationKind.MUNICIPALITY);
        Invitation seen = partners.invitation(mayor, token, Language.EN).orElseThrow();
        assertTrue(seen.open());
        assertEquals("Two sides", seen.initiativeTitle());
        assertEquals(1, seen.myOrganisations().size());

        partners.join(mayor, token, municipality, FormsAccess.perspective("We hosted the hearings."));
        assertEquals(InitiativeStatus.UNDER_REVIEW, data.status(initiative));
        assertTrue(events.joined(initiative));
        assertFalse(partners.invitation(mayor, token, Language.EN).orElseThrow().open());

        SqlStatements.reset();
        InitiativeDetail detail = catalogue.find(initiative, Language.EN).orElseThrow();
        int statements = SqlStatements.count();
        assertTrue(statements <= 6, "the public page reads " + statements + " statements; PublicPagesIT allows 6");
        assertEquals("We hosted the hearings.", detail.partner().view().getRole());
        assertTrue(detail.partner().isPublicAuthority());
        assertFalse(detail.owner().isPublicAuthority());
        assertEquals(1, detail.images().size());
    }

    @Test
    void theTokenWorksOnceAndANewerInvitationRevokesTheOlder() {
        initiative(false);
        String first = events.token(partners.invite(owner, initiative, "Region", "a@region.test"));
        String second = events.token(partners.invite(owner, initiative, "Region", "b@region.test"));
        long official = data.account();
        long region = data.organisation(official, OrganisationKind.REGIONAL_AUTHORITY);
        assertThrows(InvitationException.class,
                () -> partners.join(official, first, region, FormsAccess.perspective("Old link")));
        partners.join(official, second, region, FormsAccess.perspective("We co-funded it."));
        assertEquals(InitiativeStatus.DRAFT, data.status(initiative), "a draft stays a draft");
        long other = data.account();
        long otherRegion = data.organisation(other, OrganisationKind.REGIONAL_AUTHORITY);
        assertThrows(InvitationException.class,
                () -> partners.join(other, second, otherRegion, FormsAccess.perspective("Again")));
        assertThrows(PartnerAlreadyJoinedException.class,
                () -> partners.invite(owner, initiative, "Another", "c@region.test"));
        assertTrue(partners.invitation(official, "no-such-token", Language.EN).isEmpty());
    }

    @Test
    void thePartnerMustStandOnTheOtherSide() {
        initiative(true);
        String token = events.token(partners.invite(owner, initiative, "Friends", "friends@ngo.test"));
        long activist = data.account();
        long ngo = data.organisation(activist, OrganisationKind.CIVIL_SOCIETY);
        assertTrue(partners.invitation(activist, token, Language.EN).orElseThrow().myOrganisations().isEmpty());
        assertThrows(PartnerSideException.class,
                () -> partners.join(activist, token, ngo, FormsAccess.perspective("Same side")));
        assertThrows(AccessDeniedException.class, () -> partners.join(activist, token,
                data.organisation(data.account(), OrganisationKind.MUNICIPALITY), FormsAccess.perspective("Not mine")));
        assertNull(data.partnerOf(initiative));
        assertEquals(InitiativeStatus.SUBMITTED, data.status(initiative));
    }

    @Test
    void onlyTheOwnerOrAnAdministratorInvitesAndOnlyThePartnerEditsItsPerspective() {
        initiative(false);
        long stranger = data.account();
        assertThrows(AccessDeniedException.class, () -> partners.invite(stranger, initiative, "X", "x@x.test"));
        String token = events.token(partners.invite(owner, initiative, "Town", "town@town.test"));
        long clerk = data.account();
        long town = data.organisation(clerk, OrganisationKind.MUNICIPALITY);
        partners.join(clerk, token, town, FormsAccess.perspective("First words"));

        PartnerView view = partners.partnerView(clerk, initiative, Language.EN);
        assertEquals("First words", view.perspective().getRole());
        view.perspective().setRole("Better words");
        partners.describePartnerView(clerk, initiative, view.version(), view.perspective());
        assertEquals("Better words", partners.partnerView(clerk, initiative, Language.EN).perspective().getRole());
        assertThrows(AccessDeniedException.class, () -> partners.partnerView(owner, initiative, Language.EN));
        assertThrows(org.bepart.shared.ConcurrentChangeException.class,
                () -> partners.describePartnerView(clerk, initiative, view.version(), view.perspective()));
    }

    @Test
    void anAdministratorReplacesThePartner() {
        initiative(true);
        String token = events.token(partners.invite(owner, initiative, "Wrong town", "wrong@town.test"));
        long clerk = data.account();
        long wrongTown = data.organisation(clerk, OrganisationKind.MUNICIPALITY);
        partners.join(clerk, token, wrongTown, FormsAccess.perspective("Mistaken"));
        assertEquals(wrongTown, data.partnerOf(initiative));

        assertThrows(AccessDeniedException.class, () -> partners.overview(owner, initiative, Language.EN));
        assertThrows(AccessDeniedException.class,
                () -> partners.removePartner(owner, initiative, data.version(initiative)));
        long administrator = data.account(Role.ADMINISTRATOR);
        PartnerOverview overview = partners.overview(administrator, initiative, Language.EN);
        assertEquals(wrongTown, overview.partner().id());
        assertEquals(InvitationState.ACCEPTED, overview.invitations().get(0).state());
        partners.removePartner(administrator, initiative, overview.version());
        assertNull(data.partnerOf(initiative));

        String again = events.token(partners.invite(administrator, initiative, "Right town", "right@town.test"));
        long mayor = data.account();
        long rightTown = data.organisation(mayor, OrganisationKind.MUNICIPALITY);
        partners.join(mayor, again, rightTown, FormsAccess.perspective("Right words"));
        assertEquals(rightTown, data.partnerOf(initiative));
        assertEquals(2, partners.overview(administrator, initiative, Language.EN).invitations().size());
    }
}
