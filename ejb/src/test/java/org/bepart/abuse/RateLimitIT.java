package org.bepart.abuse;

import jakarta.ejb.EJB;
import org.bepart.shared.BusinessException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rate limits in the database, on Payara Micro with the Flyway schema on H2. */
@ExtendWith(ArquillianExtension.class)
public class RateLimitIT {

    @EJB
    private RateLimiter limiter;

    @EJB
    private RateCounters counters;

    @EJB
    private AbuseTestData data;

    private static String mark() {
        return UUID.randomUUID().toString().substring(0, 8);
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
    void aClientIsRefusedAfterItsLimitWithTheTimeToWait() {
        String client = "198.51.100." + mark();
        int limit = LimitedAction.REGISTER.perClient().count();
        for (int i = 0; i < limit; i++) {
            limiter.acquire(LimitedAction.REGISTER, client, "person-" + i + "-" + mark() + "@example.org");
        }
        RateLimitedException e = fails(RateLimitedException.class, () -> limiter.acquire(LimitedAction.REGISTER,
                client, "one-more-" + mark() + "@example.org"));
        assertEquals("limit.tooMany", e.getMessageKey());
        assertEquals(429, e.getStatus());
        assertTrue(e.getRetryAfterSeconds() > 3500 && e.getRetryAfterSeconds() <= 3601, "" + e.getRetryAfterSeconds());
        limiter.acquire(LimitedAction.NEWSLETTER, client, "other-action-" + mark() + "@example.org");
        limiter.acquire(LimitedAction.REGISTER, "198.51.100.other-" + mark(), "another-client@example.org");
    }

    @Test
    void aRecipientIsRefusedAfterItsLimitFromWhateverClient() {
        String email = "Target-" + mark() + "@Example.org";
        int limit = LimitedAction.PASSWORD_RESET.perRecipient().count();
        for (int i = 0; i < limit; i++) {
            limiter.acquire(LimitedAction.PASSWORD_RESET, "203.0.113." + mark(), i % 2 == 0 ? email
                    : " " + email.toLowerCase() + " ");
        }
        assertEquals(429, fails(RateLimitedException.class, () -> limiter.acquire(LimitedAction.PASSWORD_RESET,
                "203.0.113." + mark(), email)).getStatus());
        assertEquals("error.invalidInput", fails(BusinessException.class, () -> limiter.acquire(
                LimitedAction.PASSWORD_RESET, "203.0.113." + mark(), "a".repeat(250) + "@example.org"))
                .getMessageKey(), "addresses over 254 characters never become keys");
    }

    @Test
    void aClientOverItsLimitCreatesNoRecipientCounters() {
        String client = "192.0.2." + mark();
        int limit = LimitedAction.NEWSLETTER.perClient().count();
        for (int i = 0; i < limit; i++) {
            limiter.acquire(LimitedAction.NEWSLETTER, client, null);
        }
        String recipient = "never-counted-" + mark() + "@example.org";
        fails(RateLimitedException.class, () -> limiter.acquire(LimitedAction.NEWSLETTER, client, recipient));
        assertFalse(data.exists(RateCounters.key("newsletter.r", recipient)));
    }

    @Test
    void theNumberOfCountersHasAHardCap() {
        RateRule rule = new RateRule(5, Duration.ofHours(1));
        counters.hit(RateCounters.key("cap-test", mark()), rule);
        long cap = data.counters();
        String last = null;
        for (int i = 0; i < 30; i++) {
            last = RateCounters.key("cap-test", mark());
            counters.hit(last, rule, cap);
            assertTrue(data.counters() <= cap, "at most " + cap + " counters: " + data.counters());
        }
        assertTrue(data.exists(last), "the newest counter is kept; the idlest made room");
    }

    @Test
    void theSweepDropsExpiredCountersAndKeepsLiveOnes() {
        String live = RateCounters.key("sweep-live", mark());
        counters.hit(live, new RateRule(5, Duration.ofHours(1)));
        String expired = RateCounters.key("sweep-expired", mark());
        data.expired(expired);
        assertTrue(data.exists(expired));
        assertTrue(counters.sweep() >= 1, "the expired counter is counted");
        assertFalse(data.exists(expired), "the expired counter is gone");
        assertTrue(data.exists(live), "the live counter stays");
    }
}
