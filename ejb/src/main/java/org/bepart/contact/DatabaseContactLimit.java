package org.bepart.contact;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The contact form's limit until the platform-wide rate limiter takes over: at most
 * {@code bepart.contact.per-client-per-hour} messages (default {@value #PER_CLIENT_DEFAULT}) from one client address
 * and {@code bepart.contact.per-recipient-per-day} (default {@value #PER_RECIPIENT_DEFAULT}) to one contact. Counted in
 * the database (two servers count together), by a hash of the client's address; rows go after two days.
 */
@Stateless
public class DatabaseContactLimit implements ContactLimit {

    static final int PER_CLIENT_DEFAULT = 5;
    static final int PER_RECIPIENT_DEFAULT = 20;
    private static final Duration CLIENT_WINDOW = Duration.ofHours(1);
    private static final Duration RECIPIENT_WINDOW = Duration.ofDays(1);
    private static final Duration KEPT = Duration.ofDays(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public Optional<Duration> acquire(String client, long initiativeId, ContactSide side) {
        Instant now = clock.instant();
        String key = key(client);
        List<Instant> fromClient = em.createNamedQuery(ContactMessage.FROM_CLIENT_SINCE, Instant.class)
                .setParameter("client", key).setParameter("since", now.minus(CLIENT_WINDOW)).getResultList();
        List<Instant> toRecipient = em.createNamedQuery(ContactMessage.TO_RECIPIENT_SINCE, Instant.class)
                .setParameter("initiative", initiativeId).setParameter("side", side)
                .setParameter("since", now.minus(RECIPIENT_WINDOW)).getResultList();
        Duration wait = Duration.ZERO;
        int perClient = setting("bepart.contact.per-client-per-hour", PER_CLIENT_DEFAULT);
        if (fromClient.size() >= perClient) {
            wait = max(wait, Duration.between(now, fromClient.get(fromClient.size() - perClient).plus(CLIENT_WINDOW)));
        }
        int perRecipient = setting("bepart.contact.per-recipient-per-day", PER_RECIPIENT_DEFAULT);
        if (toRecipient.size() >= perRecipient) {
            wait = max(wait, Duration.between(now,
                    toRecipient.get(toRecipient.size() - perRecipient).plus(RECIPIENT_WINDOW)));
        }
        if (!wait.isZero()) {
            return Optional.of(max(wait, Duration.ofSeconds(1)));
        }
        em.createNamedQuery(ContactMessage.DELETE_BEFORE).setParameter("before", now.minus(KEPT)).executeUpdate();
        em.persist(new ContactMessage(initiativeId, side, key, now));
        return Optional.empty();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static int setting(String key, int fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).filter(n -> n > 0).orElse(fallback);
    }

    /** SHA-256 (hex) of the client's address: counted without keeping the address itself. */
    static String key(String client) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(client).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
