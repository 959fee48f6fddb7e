package org.bepart.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A mail keeps its Message-ID from one attempt to the next, so that a second hand-over is taken for a copy. */
class ClaimedMailTest {

    private static final Instant CREATED = Instant.parse("2026-12-05T10:15:30.123Z");

    @Test
    void everyAttemptOfAMailCarriesTheSameMessageIdInTheSendersDomain() {
        MailDelivery.Claimed first = claimed(42, 0);
        MailDelivery.Claimed retry = claimed(42, 3);
        assertEquals("<bepart.42.1796465730123@bepart.example.org>", first.messageId("noreply@bepart.example.org"));
        assertEquals(first.messageId("noreply@bepart.example.org"), retry.messageId("noreply@bepart.example.org"));
    }

    @Test
    void mailsOfTwoDatabasesWithTheSameNumberDiffer() {
        assertNotEquals(claimed(42, 0).messageId("a@x.org"),
                new MailDelivery.Claimed(42, "r@example.org", "s", "b", null, null, 0, CREATED.plusMillis(1))
                        .messageId("a@x.org"));
    }

    private static MailDelivery.Claimed claimed(long id, int attempts) {
        return new MailDelivery.Claimed(id, "r@example.org", "s", "b", null, null, attempts, CREATED);
    }
}
