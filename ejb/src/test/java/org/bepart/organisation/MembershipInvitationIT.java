package org.bepart.organisation;

import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.contact.ConsentTestData;
import org.bepart.language.Language;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.BusinessException;
import org.bepart.shared.NotFoundException;
import org.bepart.submission.SubmissionTestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Membership by consent (issue 11, point 7): adding a member sends an invitation the person accepts; the answer is
 * the same whether or not the address has an account; nobody but the invited address answers it.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipInvitationIT {

    @EJB
    private OrganisationService organisations;

    @EJB
    private SubmissionTestData data;

    @EJB
    private ConsentTestData consent;

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static <T extends Throwable> T fails(Class<T> type, Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected " + type.getSimpleName() + ", got " + thrown, thrown);
    }

    @Test
    void theAnswerIsTheSameWithOrWithoutAnAccountAndNobodyJoinsBeforeAccepting() {
        long me = data.account();
        long organisation = data.organisation(me, OrganisationKind.CIVIL_SOCIETY);
        String known = address("known");
        long knownAccount = consent.account(known, Language.FR);
        String unknown = address("unknown");

        organisations.inviteMember(me, organisation, known.toUpperCase());
        organisations.inviteMember(me, organisation, unknown);

        assertFalse(consent.isMember(knownAccount, organisation), "invited is not a member");
        assertEquals(2, organisations.forEdit(me, organisation).invitations().size());
        assertEquals(1, organisations.forEdit(me, organisation).members().size());
        ConsentTestData.Mail toKnown = consent.mailsTo(known).get(0);
        ConsentTestData.Mail toUnknown = consent.mailsTo(unknown).get(0);
        assertTrue(toKnown.body().contains("/account/organisations"), toKnown.body());
        assertTrue(toUnknown.body().contains("/account/organisations") && toUnknown.body().contains("/register"),
                toUnknown.body());
        assertTrue(toKnown.subject().contains("invitation à rejoindre"), "in the account's language: "
                + toKnown.subject());

        List<InvitationToJoin> mine = organisations.myInvitations(knownAccount);
        assertEquals(1, mine.size());
        assertEquals(organisation, mine.get(0).organisationId());
        organisations.acceptInvitation(knownAccount, mine.get(0).id());
        assertTrue(consent.isMember(knownAccount, organisation));
        assertTrue(organisations.myInvitations(knownAccount).isEmpty());
        fails(NotFoundException.class, () -> organisations.acceptInvitation(knownAccount, mine.get(0).id()));

        // the unknown address registers later, with that address, and finds its invitation
        long newcomer = consent.account(unknown, Language.EN);
        long invitation = organisations.myInvitations(newcomer).get(0).id();
        organisations.declineInvitation(newcomer, invitation);
        assertFalse(consent.isMember(newcomer, organisation));
        assertTrue(organisations.forEdit(me, organisation).invitations().isEmpty());
    }

    @Test
    void onlyTheInvitedAddressAnswersAndMembersWithdraw() {
        long me = data.account();
        long organisation = data.organisation(me, OrganisationKind.MUNICIPALITY);
        String invited = address("invited");
        long invitedAccount = consent.account(invited, Language.EN);
        long stranger = data.account();
        long administrator = data.account(Role.ADMINISTRATOR);
        organisations.inviteMember(me, organisation, invited);
        long id = organisations.myInvitations(invitedAccount).get(0).id();

        fails(NotFoundException.class, () -> organisations.acceptInvitation(stranger, id));
        fails(NotFoundException.class, () -> organisations.acceptInvitation(me, id));
        fails(NotFoundException.class, () -> organisations.declineInvitation(administrator, id));
        fails(AccessDeniedException.class, () -> organisations.inviteMember(stranger, organisation, invited));
        fails(AccessDeniedException.class, () -> organisations.revokeInvitation(stranger, organisation, id));
        assertFalse(consent.isMember(stranger, organisation));

        organisations.inviteMember(me, organisation, invited);
        assertEquals(1, organisations.myInvitations(invitedAccount).size(), "inviting again renews the invitation");
        assertEquals(2, consent.mailsTo(invited).size(), "and mails it again");

        organisations.revokeInvitation(me, organisation, id);
        assertTrue(organisations.myInvitations(invitedAccount).isEmpty());
        fails(NotFoundException.class, () -> organisations.acceptInvitation(invitedAccount, id));
        assertFalse(consent.isMember(invitedAccount, organisation));

        organisations.inviteMember(administrator, organisation, invited);
        organisations.acceptInvitation(invitedAccount, organisations.myInvitations(invitedAccount).get(0).id());
        assertTrue(consent.isMember(invitedAccount, organisation));
        assertEquals("membership.alreadyMember", fails(BusinessException.class,
                () -> organisations.inviteMember(me, organisation, invited)).getMessageKey());
    }

    @Test
    void badAddressesAndBulkInvitationsAreRefused() {
        long me = data.account();
        long organisation = data.organisation(me, OrganisationKind.CIVIL_SOCIETY);
        assertEquals("membership.invalidEmail", fails(BusinessException.class,
                () -> organisations.inviteMember(me, organisation, "not an address")).getMessageKey());
        for (int i = 0; i < OrganisationService.OPEN_INVITATIONS_MAX; i++) {
            organisations.inviteMember(me, organisation, address("team" + i));
        }
        String one = address("one-too-many");
        assertEquals("membership.tooMany", fails(BusinessException.class,
                () -> organisations.inviteMember(me, organisation, one)).getMessageKey());
        assertTrue(consent.mailsTo(one).isEmpty(), "nothing sent");
    }
}
