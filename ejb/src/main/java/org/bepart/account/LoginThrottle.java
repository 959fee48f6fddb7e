package org.bepart.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.bepart.abuse.RateCounters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slows down password guessing, in counters every server shares ({@link RateCounters}). Per client address: after
 * {@value #CLIENT_FREE_FAILURES} failed sign-ins within 15 minutes, each further attempt waits 2^(n−10) seconds after
 * the n-th failure, at most 15 minutes. Per account: after {@value #ACCOUNT_FREE_FAILURES} failures, 2^(n−5) seconds,
 * but never more than {@link #ACCOUNT_MAX_DELAY}: a stranger can slow an account's owner down, never lock them out.
 * A successful sign-in clears the account's counter.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginThrottle {

    static final int ACCOUNT_FREE_FAILURES = 5;
    static final int CLIENT_FREE_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration ACCOUNT_MAX_DELAY = Duration.ofMinutes(1);
    static final Duration CLIENT_MAX_DELAY = Duration.ofMinutes(15);

    @EJB
    private RateCounters counters;

    @Inject
    private Clock clock;

    /** Until when a sign-in for this e-mail from this client is refused; empty when it may be tried now. */
    public Optional<Instant> refusedUntil(String email, String client) {
        Instant now = clock.instant();
        Optional<Instant> account = accountKey(email).flatMap(key -> until(key, ACCOUNT_FREE_FAILURES,
                ACCOUNT_MAX_DELAY));
        Optional<Instant> address = clientKey(client).flatMap(key -> until(key, CLIENT_FREE_FAILURES,
                CLIENT_MAX_DELAY));
        return Stream.of(account, address).flatMap(Optional::stream).filter(t -> t.isAfter(now))
                .max(Instant::compareTo);
    }

    public void failed(String email, String client) {
        accountKey(email).ifPresent(key -> counters.fail(key, WINDOW));
        clientKey(client).ifPresent(key -> counters.fail(key, WINDOW));
    }

    public void succeeded(String email) {
        accountKey(email).ifPresent(counters::forget);
    }

    private Optional<Instant> until(String key, int free, Duration max) {
        return counters.failures(key, WINDOW).filter(f -> f.count() >= free).map(f -> {
            int exponent = f.count() - free;
            Duration delay = exponent >= 20 ? max : Duration.ofSeconds(1L << exponent);
            return f.last().plus(delay.compareTo(max) > 0 ? max : delay);
        });
    }

    /** Addresses longer than an address can be never become keys. */
    private static Optional<String> accountKey(String email) {
        if (email == null || email.isBlank() || email.strip().length() > Account.EMAIL_MAX) {
            return Optional.empty();
        }
        return Optional.of(RateCounters.key("sign-in.account", email.strip().toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> clientKey(String client) {
        return client == null || client.isBlank() ? Optional.empty()
                : Optional.of(RateCounters.key("sign-in.client", client.strip()));
    }
}
