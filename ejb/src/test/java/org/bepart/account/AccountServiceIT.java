package org.bepart.account;

import jakarta.ejb.EJB;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.notification.NotificationKind;
import org.bepart.notification.NotificationPage;
import org.bepart.notification.NotificationService;
import org.bepart.notification.RecipientTexts;
import org.bepart.organisation.OrganisationKind;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.BusinessException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts, mails and notifications on Payara Micro, with GreenMail as the SMTP server behind {@code mail/bepart}:
 * mails are read from it as a person reads them, links included.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PASSWORD = "Morning-walk-42";

    @EJB
    private TestOutbox outbox;

    /** This test's mails are not queued behind those of earlier tests (every test class shares one server). */
    @BeforeEach
    void ownMailsFirst() {
        outbox.setAsideEarlierMails();
    }

    @EJB
    private AccountService accounts;

    @EJB
    private Authenticator authenticator;

    @EJB
    private LoginThrottle throttle;

    @EJB
    private NotificationService notifications;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private AccountTestData data;

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private String registerAndReadToken(String email, Language language) {
        TestMailServer.get();
        accounts.register("Anahit Petrosyan", email, PASSWORD, language, true);
        TestMailServer.Mail mail = TestMailServer.await(email);
        assertEquals(RecipientTexts.format(language, "mail.verify.subject"), mail.subject());
        assertTrue(mail.body().contains("Anahit Petrosyan"), mail.body());
        return mail.token("/verify");
    }

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void aNewAccountSignsInOnlyAfterTheMailedLinkConfirmedItsAddress() {
        String email = address("ani");
        String token = registerAndReadToken(email, Language.HY);
        assertTrue(authenticator.authenticate(email, PASSWORD).isEmpty(), "unverified accounts do not sign in");

        accounts.verify(token);
        SignedIn signedIn = authenticator.authenticate(email.toUpperCase(), PASSWORD).orElseThrow();
        assertEquals(Set.of(Role.CONTRIBUTOR), signedIn.roles());
        assertEquals(Language.HY, accounts.profile(signedIn.id()).language());

        assertEquals("token.invalid", key(() -> accounts.verify(token)), "a link works once");
        assertEquals("token.invalid", key(() -> accounts.verify(token.substring(1))));
    }

    @Test
    void aLinkServesOnlyItsOwnPurpose() {
        String email = address("purpose");
        String verifyToken = registerAndReadToken(email, Language.EN);
        assertEquals("token.invalid", key(() -> accounts.resetPassword(verifyToken, "Another-walk-77")));
        assertFalse(accounts.isResetLinkValid(verifyToken));

        accounts.requestPasswordReset(email);
        String resetToken = TestMailServer.await(email, m -> m.body().contains("/password/reset?token="))
                .token("/password/reset");
        assertTrue(accounts.isResetLinkValid(resetToken));
        assertEquals("token.invalid", key(() -> accounts.verify(resetToken)));
        accounts.verify(verifyToken);
    }

    @Test
    void registeringAnAddressTwiceAnswersAlikeAndTellsItsOwner() {
        String email = address("twice");
        String token = registerAndReadToken(email, Language.FR);
        accounts.verify(token);

        accounts.register("Somebody Else", email, "Other-pass-1234", Language.EN, true);
        TestMailServer.Mail warning = TestMailServer.await(email,
                m -> m.subject().equals(RecipientTexts.format(Language.FR, "mail.alreadyRegistered.subject")));
        assertTrue(warning.body().contains("/password/forgot"), warning.body());
        assertEquals(1, data.accountsWithEmail(email));
        assertTrue(authenticator.authenticate(email, PASSWORD).isPresent(), "the owner's password is unchanged");
        assertTrue(authenticator.authenticate(email, "Other-pass-1234").isEmpty());
    }

    @Test
    void registrationRefusesWeakPasswordsAndMissingConsentWithTheirMessages() {
        String email = address("weak");
        assertEquals("password.tooShort", key(() -> accounts.register("A", email, "short-1", Language.EN, true)));
        assertEquals("password.containsEmail",
                key(() -> accounts.register("A", email, "x-" + email + "-1", Language.EN, true)));
        assertEquals("register.consentRequired", key(() -> accounts.register("A", email, PASSWORD, Language.EN,
                false)));
        assertEquals("register.emailInvalid", key(() -> accounts.register("A", "not-an-address", PASSWORD,
                Language.EN, true)));
        assertEquals(0, data.accountsWithEmail(email));
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheMailedLinkOnce() {
        String email = address("forgot");
        accounts.verify(registerAndReadToken(email, Language.RU));
        long id = data.idOf(email);

        String unknown = address("nobody");
        accounts.requestPasswordReset(unknown);
        assertEquals(0, data.mailsTo(unknown), "unknown addresses get nothing, and the caller learns nothing");

        accounts.resendVerification(email);
        accounts.requestPasswordReset(email.toUpperCase());
        TestMailServer.Mail mail = TestMailServer.await(email,
                m -> m.subject().equals(RecipientTexts.format(Language.RU, "mail.reset.subject")));
        String token = mail.token("/password/reset");
        assertEquals("password.tooSimple", key(() -> accounts.resetPassword(token, "abcdefghijklmn")));
        int epoch = authenticator.current(id).orElseThrow().sessionEpoch();
        accounts.resetPassword(token, "New-evening-77");
        assertTrue(authenticator.current(id).orElseThrow().sessionEpoch() > epoch, "every session has ended");

        assertTrue(authenticator.authenticate(email, "New-evening-77").isPresent());
        assertTrue(authenticator.authenticate(email, PASSWORD).isEmpty());
        assertEquals("token.invalid", key(() -> accounts.resetPassword(token, "Third-try-9999")));
        assertEquals(1, data.tokensOf(id), "only the used link is left");
    }

    @Test
    void profileAndPasswordChangeCheckTheCurrentPassword() {
        String email = address("profile");
        long id = data.account(email, "Lilit", PASSWORD, Language.EN, true, Set.of(Role.CONTRIBUTOR));
        accounts.updateProfile(id, "Lilit Hakobyan", Language.FR);
        assertEquals("Lilit Hakobyan", accounts.profile(id).name());
        assertEquals(Language.FR, accounts.profile(id).language());
        assertEquals("profile.wrongPassword", key(() -> accounts.changePassword(id, "wrong-one-123", "Fresh-pass-2027")));
        int epoch = authenticator.current(id).orElseThrow().sessionEpoch();
        accounts.changePassword(id, PASSWORD, "Fresh-pass-2027");
        assertTrue(authenticator.authenticate(email, "Fresh-pass-2027").isPresent());
        assertTrue(authenticator.current(id).orElseThrow().sessionEpoch() > epoch, "every session has ended");
    }

    @Test
    void deletingAnAccountRemovesItsPersonalDataButKeepsItsOrganisationsInitiative() {
        long organisation = data.organisation("Green Gyumri " + UUID.randomUUID(), OrganisationKind.CIVIL_SOCIETY);
        String email = address("leaving");
        long id = data.account(email, "Aram", PASSWORD, Language.EN, true, Set.of(Role.CONTRIBUTOR), organisation);
        long initiative = data.initiative("Parks of Gyumri", organisation, id, null, null);
        lifecycle.submit(id, initiative, data.version(initiative));

        assertEquals("profile.wrongPassword", key(() -> accounts.deleteAccount(id, "not-my-password-1")));
        accounts.deleteAccount(id, PASSWORD);

        List<Object> remains = data.remains(id);
        assertTrue(remains.subList(0, 3).stream().allMatch(Objects::isNull), "e-mail, name, hash: " + remains);
        assertEquals(List.of(0, 0, true), remains.subList(3, 6), "roles, organisations, deleted");
        assertEquals(InitiativeStatus.SUBMITTED, data.status(initiative));
        assertEquals(organisation, data.owner(initiative));
        assertEquals(0, data.tokensOf(id));
        assertTrue(data.notificationKinds(id).isEmpty());
        assertTrue(authenticator.authenticate(email, PASSWORD).isEmpty());
        assertThrows(AccessDeniedException.class, () -> accounts.profile(id));
    }

    @Test
    void repeatedFailuresSlowTheAccountDownForAMinuteAtMostAndTheClientLonger() {
        String email = address("guess");
        String client = "203.0.113." + (1 + (int) (Math.random() * 250));
        String elsewhere = "2001:db8:" + Integer.toHexString((int) (Math.random() * 65535)) + "::/64";
        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES - 1; i++) {
            throttle.failed(email, client);
        }
        assertTrue(throttle.refusedUntil(email, client).isEmpty(), "four failures are free");
        throttle.failed(email, client);
        Instant until = throttle.refusedUntil(email, elsewhere).orElseThrow(() ->
                new AssertionError("the account is slowed down from any client"));
        assertTrue(until.isBefore(Instant.now().plusSeconds(2)), until.toString());
        assertTrue(throttle.refusedUntil(address("other"), client).isEmpty(), "the client may still try others");

        throttle.failed(email, client);
        throttle.failed(email, client);
        Duration third = Duration.between(Instant.now(), throttle.refusedUntil(email, elsewhere).orElseThrow());
        assertTrue(third.toMillis() > 2_500 && third.toMillis() <= 4_000, "2^2 s after the 7th failure: " + third);

        for (int i = 0; i < 12; i++) {
            throttle.failed(email, "192.0.2." + (i + 1));
        }
        Duration most = Duration.between(Instant.now(), throttle.refusedUntil(email, elsewhere).orElseThrow());
        assertTrue(most.toSeconds() > 50 && most.toSeconds() <= 60, "slowed down, never locked: " + most);

        for (int i = 0; i < LoginThrottle.CLIENT_FREE_FAILURES - 7; i++) {
            throttle.failed(address("spray"), client);
        }
        assertTrue(throttle.refusedUntil(address("fresh"), client).isPresent(), "ten failures: the client waits");

        throttle.succeeded(email);
        assertTrue(throttle.refusedUntil(email, elsewhere).isEmpty(), "success clears the account's counter");
        assertTrue(throttle.refusedUntil(email, client).isPresent(), "but not the client's");

        String tooLong = "a".repeat(300) + "@example.org";
        throttle.failed(tooLong, elsewhere);
        assertTrue(throttle.refusedUntil(tooLong, elsewhere).isEmpty(), "no key for an address that cannot be one");
    }

    @Test
    void membersOfBothOrganisationsAreToldOfStatusChangesAndTheReviewersMessage() {
        TestMailServer.get();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long ngo = data.organisation("Youth Forum " + suffix, OrganisationKind.CIVIL_SOCIETY);
        long town = data.organisation("Town of Dilijan " + suffix, OrganisationKind.MUNICIPALITY);
        String submitterMail = address("submitter");
        String colleagueMail = address("colleague");
        String partnerMail = address("partner");
        long submitter = data.account(submitterMail, "Narek", PASSWORD, Language.EN, true, Set.of(Role.CONTRIBUTOR), ngo);
        long colleague = data.account(colleagueMail, "Mariam", PASSWORD, Language.RU, true, Set.of(Role.CONTRIBUTOR), ngo);
        long partner = data.account(partnerMail, "Gor", PASSWORD, Language.HY, true, Set.of(Role.CONTRIBUTOR), town);
        long unverified = data.account(address("unverified"), "Nobody", PASSWORD, Language.EN, false,
                Set.of(Role.CONTRIBUTOR), town);
        long reviewer = data.account(address("reviewer"), "Reviewer", PASSWORD, Language.EN, true,
                Set.of(Role.REVIEWER));
        long initiative = data.initiative("Budget hearings " + suffix, ngo, submitter, town, partner);

        assertEquals(InitiativeStatus.UNDER_REVIEW, lifecycle.submit(submitter, initiative, data.version(initiative)));
        assertEquals(List.of(NotificationKind.STATUS_CHANGED), data.notificationKinds(submitter),
                "the submitter is told only of what the platform did");
        assertEquals(2, data.notificationKinds(colleague).size());
        assertEquals(2, data.notificationKinds(partner).size());
        assertTrue(data.notificationKinds(unverified).isEmpty());
        assertTrue(data.notificationKinds(reviewer).isEmpty());

        data.decide(initiative, reviewer, InitiativeStatus.CHANGES_REQUESTED, "Please describe the results.");
        for (long member : new long[] {submitter, colleague, partner}) {
            assertEquals(NotificationKind.REVIEWER_MESSAGE, data.notificationKinds(member).get(0));
            assertTrue(data.notificationTexts(member).get(0).contains("Please describe the results."));
        }
        assertTrue(data.notificationTexts(colleague).get(0).contains(
                RecipientTexts.label(Language.RU, InitiativeStatus.CHANGES_REQUESTED)), "in the reader's language");
        TestMailServer.Mail mail = TestMailServer.await(partnerMail, m -> m.body().contains("Please describe"));
        assertTrue(mail.body().contains("/account/initiatives/edit?id=" + initiative), mail.body());
        assertTrue(mail.subject().contains("Budget hearings " + suffix), mail.subject());

        NotificationPage page = notifications.list(colleague, 1);
        assertEquals(3, page.total());
        assertEquals(3, notifications.unreadCount(colleague));
        notifications.markRead(colleague, page.items().get(0).id());
        assertEquals(2, notifications.unreadCount(colleague));
        long othersNotification = notifications.list(partner, 1).items().get(0).id();
        assertThrows(BusinessException.class, () -> notifications.markRead(colleague, othersNotification));
        notifications.markAllRead(colleague);
        assertEquals(0, notifications.unreadCount(colleague));
        assertEquals(3, notifications.unreadCount(partner));

        String invitedMail = address("invited");
        data.invitePartner(initiative, submitter, invitedMail, "Another Town");
        TestMailServer.Mail invitation = TestMailServer.await(invitedMail);
        assertTrue(invitation.body().contains("/partner/join?token=invitation-token-1"), invitation.body());
        assertTrue(invitation.body().contains("Youth Forum " + suffix), invitation.body());
        assertTrue(invitation.subject().contains("Budget hearings " + suffix), invitation.subject());
        assertEquals(NotificationKind.PARTNER_INVITED, data.notificationKinds(colleague).get(0));
    }

    @Test
    void onlyAdministratorsSetRolesAndTheLastOneKeepsTheirs() {
        String adminMail = address("admin");
        long admin = data.account(adminMail, "Admin", PASSWORD, Language.EN, true,
                EnumSet.of(Role.ADMINISTRATOR, Role.REVIEWER));
        String memberMail = address("member");
        long member = data.account(memberMail, "Member", PASSWORD, Language.EN, true, Set.of(Role.CONTRIBUTOR));

        assertThrows(AccessDeniedException.class, () -> accounts.accounts(member, null, 1));
        assertThrows(AccessDeniedException.class, () -> accounts.setRoles(member, member, Set.of(Role.ADMINISTRATOR)));

        assertEquals(List.of(memberMail), accounts.accounts(admin, memberMail.substring(0, 14).toUpperCase(), 1)
                .items().stream().map(AccountSummary::email).toList());
        assertEquals(Set.of(Role.CONTRIBUTOR, Role.REVIEWER),
                accounts.setRoles(admin, member, Set.of(Role.CONTRIBUTOR, Role.REVIEWER)).roles());

        int epoch = authenticator.current(member).orElseThrow().sessionEpoch();
        assertThrows(AccessDeniedException.class, () -> accounts.endSessions(member, admin));
        accounts.endSessions(admin, member);
        assertEquals(epoch + 1, authenticator.current(member).orElseThrow().sessionEpoch(), "signed out everywhere");

        data.onlyAdministrator(admin);
        assertEquals("accounts.lastAdministrator", key(() -> accounts.setRoles(admin, admin, Set.of(Role.REVIEWER))));
        assertEquals("accounts.lastAdministrator", key(() -> accounts.deleteAccount(admin, PASSWORD)));
        accounts.setRoles(admin, member, Set.of(Role.ADMINISTRATOR));
        accounts.setRoles(admin, admin, Set.of(Role.REVIEWER));
        assertThrows(AccessDeniedException.class, () -> accounts.accounts(admin, null, 1), "no longer an administrator");
    }
}
