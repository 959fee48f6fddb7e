package org.bepart.contact;

import org.bepart.shared.BusinessException;

import java.time.Duration;

/** The client sent too many messages lately: nothing was sent; it may try again after {@link #retryAfter()}. */
public class ContactLimitException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public ContactLimitException(Duration retryAfter) {
        super("contact.error.tooMany", "contact form limit reached, retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** How long to wait, at least one second. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up, for the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
