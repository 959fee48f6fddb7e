package org.bepart.newsletter;

import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.account.TestMailServer;
import org.bepart.account.TestOutbox;
import org.bepart.language.Language;
import org.bepart.news.NewsTestData;
import org.bepart.notification.RecipientTexts;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.BusinessException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The newsletter on Payara Micro with GreenMail behind {@code mail/bepart}: double opt-in through the mailed link,
 * unsubscription through the link every mail carries, a digest written by the background job to every confirmed
 * subscriber and to nobody else, with its progress.
 */
@ExtendWith(ArquillianExtension.class)
class NewsletterServiceIT {

    @EJB
    private TestOutbox outbox;

    /** This test's mails are not queued behind those of earlier tests (every test class shares one server). */
    @BeforeEach
    void ownMailsFirst() {
        outbox.setAsideEarlierMails();
    }

    @EJB
    private NewsletterService newsletter;

    @EJB
    private NewsletterEditorService editor;

    @EJB
    private NewsletterTestData data;

    @EJB
    private NewsTestData accounts;

    @EJB
    private LegacyUnsubscribeTokens legacy;

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

    /** Subscribes and confirms through the mailed link, as a person does; returns the confirmation mail. */
    private TestMailServer.Mail subscribed(String email, Language language) {
        TestMailServer.get();
        newsletter.subscribe(email, language);
        TestMailServer.Mail mail = TestMailServer.await(email, m -> m.body().contains("/newsletter/confirm?token="));
        assertEquals(Optional.of(language), newsletter.confirm(mail.token("/newsletter/confirm")));
        return mail;
    }

    @Test
    void theConfirmationMailInTheChosenLanguageActivatesTheSubscriptionOnce() {
        TestMailServer.get();
        String email = address("ani");
        newsletter.subscribe(email.toUpperCase(), Language.FR);
        assertEquals("PENDING", data.status(email), "nothing before the link is followed");
        TestMailServer.Mail mail = TestMailServer.await(email, m -> true);
        assertEquals(RecipientTexts.format(Language.FR, "newsletter.mail.confirm.subject"), mail.subject());
        String token = mail.token("/newsletter/confirm");
        assertFalse(data.row(email).contains(token), "only a hash of the token is stored: " + data.row(email));

        assertEquals(Optional.empty(), newsletter.confirm(token.substring(1)));
        assertEquals(Optional.of(Language.FR), newsletter.confirm(token));
        assertEquals("CONFIRMED", data.status(email));
        assertEquals(Optional.empty(), newsletter.confirm(token), "a link works once");
        assertEquals(Optional.empty(), newsletter.confirm("<script>"));
    }

    @Test
    void theUnsubscribeLinkEndsTheSubscriptionAndIsStoredOnlyAsAHash() {
        String email = address("leave");
        TestMailServer.Mail mail = subscribed(email, Language.RU);
        String token = mail.token("/newsletter/unsubscribe");
        assertFalse(data.row(email).contains(token), "not in the subscriber's row: " + data.row(email));
        String stored = data.unsubscribeRows(email);
        assertFalse(stored.contains(token), "only hashes: " + stored);
        assertTrue(stored.contains(sha256(token)), "its hash: " + stored);

        assertEquals(Optional.of(Language.RU), newsletter.unsubscribeLink(token), "the page of the link");
        assertEquals("CONFIRMED", data.status(email), "opening the link (its page) changes nothing");
        assertEquals(Optional.of(Language.RU), newsletter.unsubscribe(token));
        assertEquals("UNSUBSCRIBED", data.status(email));
        assertEquals(Optional.empty(), newsletter.unsubscribe("not-a-token-at-all-xxxxxxxxx"));
    }

    @Test
    void openingTheConfirmationLinkChangesNothingUntilItsButtonIsPressed() {
        TestMailServer.get();
        String email = address("scanner");
        newsletter.subscribe(email, Language.EN);
        String token = TestMailServer.await(email, m -> true).token("/newsletter/confirm");
        assertTrue(newsletter.isConfirmLinkValid(token));
        assertTrue(newsletter.isConfirmLinkValid(token), "still valid: checking it used nothing");
        assertEquals("PENDING", data.status(email));
        assertFalse(newsletter.isConfirmLinkValid(token.substring(2)));
        assertEquals(Optional.of(Language.EN), newsletter.confirm(token));
        assertFalse(newsletter.isConfirmLinkValid(token), "used");
    }

    @Test
    void subscribingAgainChangesNothingUntilConfirmed() {
        String email = address("again");
        subscribed(email, Language.HY);
        TestMailServer.get();
        newsletter.subscribe(email, Language.FR);
        assertEquals("CONFIRMED", data.status(email));
        assertEquals("HY", data.language(email), "the language waits for the new link");
        String token = TestMailServer.await(email, m -> m.subject().equals(
                RecipientTexts.format(Language.FR, "newsletter.mail.confirm.subject"))).token("/newsletter/confirm");
        assertEquals(Optional.of(Language.FR), newsletter.confirm(token));
        assertEquals("FR", data.language(email));

        String left = address("left-again");
        newsletter.unsubscribe(subscribed(left, Language.EN).token("/newsletter/unsubscribe"));
        newsletter.subscribe(left, Language.RU);
        assertEquals("UNSUBSCRIBED", data.status(left), "an ended subscription stays ended until confirmed");
        assertEquals("EN", data.language(left));
    }

    @Test
    void unsubscribeTokensStoredBeforeAreHashedAndKeepWorking() {
        String email = address("legacy");
        String token = "legacy" + UUID.randomUUID().toString().replace("-", "");
        data.legacySubscriber(email, token);
        assertTrue(data.row(email).contains(token));
        assertTrue(legacy.convert() >= 1);
        assertFalse(data.row(email).contains(token), "emptied: " + data.row(email));
        assertTrue(data.unsubscribeRows(email).contains(sha256(token)));
        assertEquals(0, legacy.convert(), "converted once");
        assertEquals(Optional.of(Language.HY), newsletter.unsubscribe(token), "the old mail's link still works");
        assertEquals("UNSUBSCRIBED", data.status(email));
    }

    private static String sha256(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badAddressesAreRefusedWithTheirMessage() {
        assertEquals("newsletter.error.email", fails(BusinessException.class,
                () -> newsletter.subscribe("not-an-address", Language.EN)).getMessageKey());
        assertEquals("newsletter.error.email", fails(BusinessException.class,
                () -> newsletter.subscribe(null, Language.EN)).getMessageKey());
    }

    @Test
    void aDigestReachesEveryConfirmedSubscriberWithAnUnsubscribeLinkAndNobodyElse() throws InterruptedException {
        List<String> confirmed = new ArrayList<>();
        Language[] languages = {Language.HY, Language.EN, Language.FR, Language.RU, Language.EN};
        for (Language language : languages) {
            String email = address("reader");
            subscribed(email, language);
            confirmed.add(email);
        }
        String pending = address("pending");
        newsletter.subscribe(pending, Language.EN);
        String left = address("left");
        newsletter.unsubscribe(subscribed(left, Language.HY).token("/newsletter/unsubscribe"));

        long editorId = accounts.account("Editor", Role.EDITOR);
        List<DigestItem> news = editor.newsChoices(editorId, Language.EN);
        assertTrue(news.size() >= 2, "demo news to choose from");
        List<Long> chosen = List.of(news.get(0).id(), news.get(1).id());
        DigestText preview = editor.preview(editorId, chosen, Language.HY);
        assertTrue(preview.body().contains(editor.newsChoices(editorId, Language.HY).get(0).title()), preview.body());

        long expected = data.confirmed();
        long id = editor.send(editorId, chosen);
        DigestView progress = editor.progress(editorId, id);
        long end = System.currentTimeMillis() + 60_000;
        while (!progress.finished() && System.currentTimeMillis() < end) {
            Thread.sleep(200);
            progress = editor.progress(editorId, id);
        }
        assertTrue(progress.finished(), "the background job finished");
        assertEquals(expected, progress.sent());
        assertEquals(expected, progress.total());
        assertEquals(100, progress.percent());
        assertTrue(editor.digests(editorId).stream().anyMatch(d -> d.id() == id && "Editor".equals(d.senderName())));

        for (int i = 0; i < confirmed.size(); i++) {
            String email = confirmed.get(i);
            Language language = languages[i];
            TestMailServer.Mail digest = TestMailServer.await(email, m -> m.body().contains("/news/"));
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                    .format(LocalDate.now(ZoneId.of("Asia/Yerevan")));
            assertEquals(RecipientTexts.format(language, "newsletter.digest.subject", date), digest.subject());
            String unsubscribe = digest.token("/newsletter/unsubscribe");
            assertTrue(digest.listUnsubscribe() != null && digest.listUnsubscribe().contains(unsubscribe),
                    "List-Unsubscribe: " + digest.listUnsubscribe());
            assertTrue(digest.body().contains("/news/" + chosen.get(0) + "/"), digest.body());
            assertEquals(1, data.listMails(email), "one digest mail each");
        }
        // every digest mail queued has reached the mail server, so one for the others would be there by now
        long until = System.currentTimeMillis() + 60_000;
        while (data.unsentListMails() > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        assertEquals(0, data.unsentListMails(), "every digest mail handed to the mail server");
        assertTrue(TestMailServer.receivedBy(pending).stream().noneMatch(m -> m.body().contains("/news/")),
                "an unconfirmed address gets no digest");
        assertEquals(0, data.listMails(pending));
        assertEquals(0, data.listMails(left), "an unsubscribed address gets no digest");

        assertEquals(Optional.of(Language.HY), newsletter.unsubscribe(TestMailServer.await(confirmed.get(0),
                m -> m.body().contains("/news/")).token("/newsletter/unsubscribe")));
        assertEquals("UNSUBSCRIBED", data.status(confirmed.get(0)));
    }

    @Test
    void onlyEditorsComposeAndSendDigests() {
        long contributor = accounts.account("Contributor", Role.CONTRIBUTOR);
        long reviewer = accounts.account("Reviewer", Role.REVIEWER);
        long before = data.digests();
        fails(AccessDeniedException.class, () -> editor.send(contributor, List.of(1L)));
        fails(AccessDeniedException.class, () -> editor.send(reviewer, List.of(1L)));
        fails(AccessDeniedException.class, () -> editor.send(null, List.of(1L)));
        fails(AccessDeniedException.class, () -> editor.newsChoices(contributor, Language.EN));
        assertEquals(before, data.digests());
    }
}
