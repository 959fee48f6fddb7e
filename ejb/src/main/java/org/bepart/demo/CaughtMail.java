package org.bepart.demo;

import java.io.Serializable;
import java.time.Instant;

/**
 * One mail the demo's mail catcher holds, as the demo mailbox shows it.
 *
 * @param to       the address it was delivered to
 * @param subject  its subject, decoded ("" when it has none)
 * @param received when it was sent (its Date header) or, failing that, when the catcher received it; null when
 *                 neither is known
 * @param text     its plain text, decoded from its charset and cut at {@value DemoMailbox#MAX_TEXT} characters
 *                 ("" when it has no text/plain part)
 */
public record CaughtMail(String to, String subject, Instant received, String text) implements Serializable {
}
