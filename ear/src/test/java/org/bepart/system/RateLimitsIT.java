package org.bepart.system;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rate limits and the honeypot on the real server: clients come through the trusted proxy (127.0.0.1, with
 * {@code X-Forwarded-For}), each test from addresses of its own; refusals are translated, with 429 and
 * {@code Retry-After}.
 */
class RateLimitsIT {

    private static String client() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.18." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static long retryAfter(HttpResponse<?> answer) {
        long seconds = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow(() ->
                new AssertionError("no Retry-After: " + answer.headers().map())));
        assertTrue(seconds > 0, "Retry-After " + seconds);
        return seconds;
    }

    @Test
    void newsletterSubscriptionsFromOneClientStopAtItsLimitWithA429() {
        FacesVisitor visitor = new FacesVisitor(client());
        int accepted = 0;
        HttpResponse<String> answer;
        do {
            answer = visitor.post("/newsletter/subscribe?lang=fr", "email=" + email("news") + "&language=hy");
            if (answer.statusCode() == 303) {
                accepted++;
            }
        } while (answer.statusCode() == 303 && accepted < 100);
        assertEquals(20, accepted, "the default limit per client and hour");
        assertEquals(429, answer.statusCode());
        assertTrue(retryAfter(answer) > 3000, "about an hour");
        assertTrue(answer.body().contains("Trop de demandes"), answer.body());

        FacesVisitor neighbour = new FacesVisitor("2001:db8:77:1::5");
        FacesVisitor sameNetwork = new FacesVisitor("2001:db8:77:1:ffff::9");
        for (int i = 0; i < 20; i++) {
            assertEquals(303, (i % 2 == 0 ? neighbour : sameNetwork).post("/newsletter/subscribe",
                    "email=" + email("v6") + "&language=en").statusCode());
        }
        assertEquals(429, sameNetwork.post("/newsletter/subscribe", "email=" + email("v6") + "&language=en")
                .statusCode(), "one /64, one client");
        assertEquals(303, new FacesVisitor("2001:db8:77:2::5").post("/newsletter/subscribe",
                "email=" + email("v6") + "&language=en").statusCode(), "the next /64 is another client");
    }

    @Test
    void theHoneypotFilledInIsRefusedAndNothingSubscribed() {
        HttpResponse<String> answer = new FacesVisitor(client()).post("/newsletter/subscribe?lang=en",
                "email=" + email("bot") + "&language=en&website=http%3A%2F%2Fspam.example");
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("a field meant to stay empty"), answer.body());
    }

    @Test
    void passwordResetMailsToOneAddressStopAtItsLimitWhateverTheClient() {
        String target = email("victim");
        HttpResponse<String> answer = null;
        for (int i = 0; i <= 5; i++) {
            FacesVisitor visitor = new FacesVisitor(client());
            visitor.open("/password/forgot?lang=en");
            answer = visitor.submit("/password/forgot", "forgot", "submit", Map.of("email", target));
            if (i < 5) {
                assertEquals(200, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains(target), "the usual answer");
            }
        }
        assertEquals(429, answer.statusCode());
        assertTrue(retryAfter(answer) > 3000);
        assertTrue(answer.body().contains("Too many requests came from your connection or for this e-mail address"),
                answer.body());
        assertTrue(answer.body().contains("value=\"" + target + "\""), "the form keeps what was typed");
    }

    @Test
    void repeatedWrongPasswordsAreSlowedDownWithA429() {
        FacesVisitor visitor = new FacesVisitor(client());
        String target = email("guessed");
        HttpResponse<String> answer = null;
        for (int i = 0; i < 10 && (answer == null || answer.statusCode() != 429); i++) {
            visitor.open("/login?lang=en");
            answer = visitor.submit("/login", "login", "submit", Map.of("email", target, "password",
                    "wrong-guess-" + i));
            if (i < 5) {
                assertEquals(200, answer.statusCode(), "five failures are free");
            }
        }
        assertEquals(429, answer.statusCode(), answer.body());
        assertTrue(retryAfter(answer) <= 60, "an account is slowed down, never locked");
        assertTrue(answer.body().contains("Too many failed attempts"), answer.body());
    }
}
