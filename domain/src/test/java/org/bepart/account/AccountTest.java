package org.bepart.account;

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

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void aNewAccountIsAnUnverifiedContributorWithALowerCaseAddress() {
        Account account = new Account("  Anna@Example.AM ", "Anna", "hash", Language.HY, NOW);
        assertEquals("anna@example.am", account.getEmail());
        assertFalse(account.isActive());
        assertTrue(account.hasRole(Role.CONTRIBUTOR));
        assertFalse(account.hasRole(Role.REVIEWER));
        account.verify(NOW);
        assertTrue(account.isActive());
    }

    @Test
    void somethingThatIsNotAnAddressIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Account("anna", "Anna", "h", Language.EN, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Account("a b@c.d", "Anna", "h", Language.EN, NOW));
    }

    @Test
    void aProfileIsShownOnlyWhenChosenAndTheAccountMaySignIn() {
        Account account = new Account("anna@example.am", "Anna", "hash", Language.HY, NOW);
        account.chooseProfile(true, "  Organiser in Gyumri.  ");
        assertFalse(account.isProfileShown(), "not verified yet");
        account.verify(NOW);
        assertTrue(account.isProfileShown());
        assertEquals("Organiser in Gyumri.", account.getBio());
        account.block("spam", NOW);
        assertFalse(account.isProfileShown(), "a blocked account is never shown");
        account.unblock();
        account.chooseProfile(false, " ");
        assertFalse(account.isProfileShown());
        assertNull(account.getBio());
        assertThrows(IllegalArgumentException.class, () -> account.chooseProfile(true, "x".repeat(Account.BIO_MAX + 1)));
        account.chooseProfile(true, "bio");
        account.delete(NOW);
        assertFalse(account.isProfilePublic(), "deleting removes the profile");
        assertNull(account.getBio());
    }

    @Test
    void deletingRemovesPersonalDataRolesAndMemberships() {
        Account account = new Account("anna@example.am", "Anna", "hash", Language.HY, NOW);
        Organisation ngo = new Organisation("Green Gyumri", OrganisationKind.CIVIL_SOCIETY, MemberState.AM, NOW);
        account.join(ngo);
        account.grant(Role.REVIEWER);
        account.delete(NOW.plusSeconds(5));
        assertNull(account.getEmail());
        assertNull(account.getDisplayName());
        assertNull(account.getPasswordHash());
        assertTrue(account.getRoles().isEmpty());
        assertTrue(account.getOrganisations().isEmpty());
        assertTrue(account.isDeleted());
        assertFalse(account.isActive());
    }

    @Test
    void aBlockedAccountMayNotSignInAndEveryOfItsSessionsEndsUntilTheBlockIsLifted() {
        Account account = new Account("anna@example.am", "Anna", "hash", Language.HY, NOW);
        account.verify(NOW);
        int epoch = account.getSessionEpoch();
        assertThrows(IllegalArgumentException.class, () -> account.block("  ", NOW), "a reason is required");
        assertThrows(IllegalArgumentException.class, () -> account.block("x".repeat(Account.BLOCK_REASON_MAX + 1),
                NOW));
        account.block(" Spam ", NOW);
        assertTrue(account.isBlocked());
        assertFalse(account.isActive());
        assertEquals("Spam", account.getBlockedReason());
        assertEquals(epoch + 1, account.getSessionEpoch());
        account.unblock();
        assertTrue(account.isActive());
        assertNull(account.getBlockedReason());
        account.block("Spam", NOW);
        account.delete(NOW);
        assertNull(account.getBlockedReason(), "the reason is personal data too");
        assertThrows(IllegalStateException.class, () -> account.block("Again", NOW));
    }

    @Test
    void aTokenIsSingleUseAndExpires() {
        Account account = new Account("anna@example.am", "Anna", "hash", Language.HY, NOW);
        AccountToken token = new AccountToken(account, TokenPurpose.RESET_PASSWORD, "a".repeat(64), NOW);
        assertTrue(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW.plusSeconds(60)));
        assertFalse(token.isUsable(TokenPurpose.VERIFY_EMAIL, NOW.plusSeconds(60)), "other purpose");
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW.plus(TokenPurpose.RESET_PASSWORD.lifetime())));
        token.use(NOW.plusSeconds(61));
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW.plusSeconds(62)));
        assertThrows(IllegalStateException.class, () -> token.use(NOW.plusSeconds(63)));
    }
}
