package org.bepart.newsletter;

import org.bepart.language.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubscriberTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void theConfirmationLinkWorksOnceAndOnlyUntilItExpires() {
        Subscriber s = new Subscriber(" Ani@Example.ORG ", Language.HY, NOW);
        assertEquals("ani@example.org", s.getEmail());
        s.requestConfirmation(Language.FR, "hash", NOW.plus(Duration.ofDays(2)), NOW);
        assertEquals(Language.HY, s.getLanguage(), "the language changes once confirmed");
        assertFalse(s.confirm("other", NOW));
        assertFalse(s.confirm("hash", NOW.plus(Duration.ofDays(3))), "expired");
        assertTrue(s.canConfirm("hash", NOW.plusSeconds(5)));
        assertTrue(s.confirm("hash", NOW.plusSeconds(5)));
        assertTrue(s.isConfirmed());
        assertEquals(Language.FR, s.getLanguage());
        assertFalse(s.confirm("hash", NOW.plusSeconds(6)), "used once");
    }

    @Test
    void anEndedSubscriptionWaitsForANewConfirmation() {
        Subscriber s = new Subscriber("a@example.org", Language.EN, NOW);
        s.requestConfirmation(Language.EN, "h1", NOW.plusSeconds(100), NOW);
        s.confirm("h1", NOW);
        s.unsubscribe(NOW.plusSeconds(1));
        assertEquals(SubscriberStatus.UNSUBSCRIBED, s.getStatus());
        s.requestConfirmation(Language.RU, "h2", NOW.plusSeconds(100), NOW);
        assertEquals(SubscriberStatus.UNSUBSCRIBED, s.getStatus(), "asking again changes nothing yet");
        assertEquals(Language.EN, s.getLanguage());
        assertTrue(s.confirm("h2", NOW.plusSeconds(2)));
        assertTrue(s.isConfirmed());
        assertEquals(Language.RU, s.getLanguage());
        assertEquals(NOW.plusSeconds(2), s.getConfirmedAt(), "digests from the new confirmation on");
    }

    @Test
    void anActiveSubscriptionKeepsItsLanguageUntilTheNewLinkIsFollowed() {
        Subscriber s = new Subscriber("b@example.org", Language.HY, NOW);
        s.requestConfirmation(Language.HY, "h1", NOW.plusSeconds(100), NOW);
        s.confirm("h1", NOW);
        s.requestConfirmation(Language.FR, "h2", NOW.plusSeconds(100), NOW.plusSeconds(1));
        assertTrue(s.isConfirmed());
        assertEquals(Language.HY, s.getLanguage());
        assertEquals(Language.FR, s.getPendingLanguage());
        s.unsubscribe(NOW.plusSeconds(2));
        assertFalse(s.confirm("h2", NOW.plusSeconds(3)), "unsubscribing cancels the pending link");
        assertEquals(SubscriberStatus.UNSUBSCRIBED, s.getStatus());
    }

    @Test
    void aDigestCountsItsProgressAndEndsAtAHundredPercent() {
        Digest digest = new Digest(null, java.util.List.of(1L), java.util.List.of(), null, 4, NOW);
        assertEquals(0, digest.percent());
        digest.progressed(2, 10);
        assertEquals(50, digest.percent());
        digest.progressed(1, 12);
        digest.finish(NOW);
        assertEquals(3, digest.getTotal(), "one left meanwhile");
        assertEquals(100, digest.percent());
        assertEquals(12, digest.getLastSubscriberId());
    }
}
