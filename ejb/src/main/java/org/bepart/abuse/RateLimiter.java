package org.bepart.abuse;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.bepart.account.Account;
import org.bepart.shared.BusinessException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Rate limits of the actions that send mail or write anonymously: one counter per client address (the web tier's
 * {@code ClientAddress} gives it, IPv6 grouped by /64) and one per recipient. The client is counted first, so a
 * client over its limit creates no recipient counters. Addresses longer than {@value Account#EMAIL_MAX} characters
 * are refused before they become keys.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateLimiter {

    @EJB
    private RateCounters counters;

    @Inject
    private Clock clock;

    /**
     * Counts one {@code action} for {@code client} and {@code recipient} (either may be null: not counted), or refuses
     * it with {@link RateLimitedException} saying when to try again.
     */
    public void acquire(LimitedAction action, String client, String recipient) {
        String address = recipient == null ? null : recipient(recipient);
        if (client != null && !client.isBlank()) {
            check(action, "c", client.strip(), action.perClient());
        }
        if (address != null) {
            check(action, "r", address, action.perRecipient());
        }
    }

    /** The e-mail address as a counter sees it: stripped, lower case; refused when longer than an address can be. */
    static String recipient(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > Account.EMAIL_MAX) {
            throw new BusinessException("error.invalidInput", "an address of " + address.length() + " characters");
        }
        return address.isEmpty() ? null : address;
    }

    private void check(LimitedAction action, String who, String value, RateRule rule) {
        String key = RateCounters.key(action.settingName() + "." + who, value);
        Optional<Instant> until = hit(key, rule);
        if (until.isPresent()) {
            long seconds = Duration.between(clock.instant(), until.get()).toSeconds() + 1;
            throw new RateLimitedException(action + " over " + rule + " for " + who, seconds);
        }
    }

    /** Two servers may create the same counter at once: the loser counts again on the winner's row. */
    private Optional<Instant> hit(String key, RateRule rule) {
        try {
            return counters.hit(key, rule);
        } catch (EJBException | PersistenceException e) {
            return counters.hit(key, rule);
        }
    }
}
