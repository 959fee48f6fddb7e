package org.bepart.account;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Slows down password guessing, per e-mail address and per remote address: after {@value #FREE_FAILURES} failed
 * sign-ins within 15 minutes, each further attempt is refused until 2^(n−5) seconds (at most 15 minutes) after the
 * n-th failure. A successful sign-in clears the address's account counter. Kept in memory: right for one server
 * (a cluster would count per member), and forgotten at a restart.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** Bounds the memory an attacker can make us use with made-up addresses. */
    private static final int MAX_ENTRIES = 200_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    /** Until when a sign-in for this e-mail from this remote address is refused; empty when it may be tried now. */
    public Optional<Instant> refusedUntil(String email, String remoteAddress) {
        Instant now = clock.instant();
        return Stream.of(accountKey(email), addressKey(remoteAddress)).map(failures::get)
                .filter(java.util.Objects::nonNull).map(f -> f.blockedUntil(now)).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo);
    }

    public void failed(String email, String remoteAddress) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_ENTRIES) {
            forget();
        }
        for (String key : new String[] {accountKey(email), addressKey(remoteAddress)}) {
            failures.computeIfAbsent(key, k -> new Failures()).add(now);
        }
    }

    public void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    /** Drops counters whose failures are all older than the window. */
    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void forget() {
        Instant limit = clock.instant().minus(WINDOW);
        failures.values().removeIf(f -> f.lastBefore(limit));
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String remoteAddress) {
        return "address:" + (remoteAddress == null ? "" : remoteAddress);
    }

    /** Failure times of one key within the window. */
    private static final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();

        synchronized void add(Instant now) {
            prune(now);
            times.addLast(now);
        }

        synchronized Instant blockedUntil(Instant now) {
            prune(now);
            int n = times.size();
            if (n < FREE_FAILURES) {
                return null;
            }
            int exponent = n - FREE_FAILURES;
            Duration delay = exponent >= 10 ? MAX_DELAY : Duration.ofSeconds(1L << exponent);
            Instant until = times.getLast().plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
            return until.isAfter(now) ? until : null;
        }

        synchronized boolean lastBefore(Instant limit) {
            return times.isEmpty() || times.getLast().isBefore(limit);
        }

        private void prune(Instant now) {
            Instant limit = now.minus(WINDOW);
            while (!times.isEmpty() && times.getFirst().isBefore(limit)) {
                times.removeFirst();
            }
        }
    }
}
