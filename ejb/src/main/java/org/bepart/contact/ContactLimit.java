package org.bepart.contact;

import java.time.Duration;
import java.util.Optional;

/**
 * THE RATE LIMIT OF THE CONTACT FORM: the one call {@link ContactService#write} makes before a message is relayed.
 * {@link DatabaseContactLimit} implements it for now (counts in PostgreSQL, so two servers share them); the
 * platform-wide rate limiter replaces it by providing an {@code @Alternative @Priority} bean of this type.
 */
public interface ContactLimit {

    /**
     * Whether {@code client} (the client's address, as the web tier determined it) may send one more message to the
     * contact of {@code side} of initiative {@code initiativeId} now. Empty when it may, and the message is counted
     * (in the caller's transaction); else how long to wait.
     */
    Optional<Duration> acquire(String client, long initiativeId, ContactSide side);
}
