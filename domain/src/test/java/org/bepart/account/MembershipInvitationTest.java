package org.bepart.account;


import org.bepart.country.MemberState;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;
import org.bepart.language.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembershipInvitationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final Organisation ngo = new Organisation("Green Gyumri", OrganisationKind.CIVIL_SOCIETY, MemberState.AM,
            NOW);

    private static Account active(String email) {
        Account account = new Account(email, "Someone", "hash", Language.HY, NOW);
        account.verify(NOW);
        return account;
    }

    @Test
    void onlyTheAccountOfTheInvitedAddressJoinsAndOnlyByAccepting() {
        MembershipInvitation invitation = new MembershipInvitation(ngo, " Lilit@Example.AM ", null, NOW);
        assertEquals("lilit@example.am", invitation.getEmail());
        Account lilit = active("lilit@example.am");
        Account other = active("other@example.am");
        assertFalse(lilit.isMemberOf(ngo), "an invitation alone makes nobody a member");
        assertFalse(invitation.isFor(other));
        assertThrows(IllegalArgumentException.class, () -> invitation.accept(other, NOW));
        Account unconfirmed = new Account("lilit@example.am", "Not confirmed", "hash", Language.HY, NOW);
        assertFalse(invitation.isFor(unconfirmed), "the address must be confirmed");
        assertTrue(invitation.isOpen(NOW));
        invitation.accept(lilit, NOW.plusSeconds(1));
        assertEquals(MembershipStatus.ACCEPTED, invitation.getStatus());
        assertFalse(invitation.isOpen(NOW.plusSeconds(2)));
        assertThrows(IllegalStateException.class, () -> invitation.decline(lilit, NOW.plusSeconds(2)), "answered once");
    }

    @Test
    void anInvitationExpiresIsRenewedOrWithdrawn() {
        MembershipInvitation invitation = new MembershipInvitation(ngo, "a@example.am", null, NOW);
        Instant later = NOW.plus(MembershipInvitation.LIFETIME);
        assertFalse(invitation.isOpen(later), "expired");
        invitation.renew(null, later);
        assertTrue(invitation.isOpen(later.plus(Duration.ofDays(29))));
        invitation.revoke(null, later);
        assertEquals(MembershipStatus.REVOKED, invitation.getStatus());
        assertThrows(IllegalStateException.class, () -> invitation.accept(active("a@example.am"), later));
    }
}
