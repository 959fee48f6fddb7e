package org.bepart.abuse;

import org.bepart.shared.BusinessException;

/** A refusal that says when to try again: the web tier answers with its status and a {@code Retry-After} header. */
public class RetryLaterException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;
    private final int status;

    protected RetryLaterException(String messageKey, String detail, long retryAfterSeconds, int status) {
        super(messageKey, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        this.status = status;
    }

    /** Seconds until trying again may succeed (at least 1). */
    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The HTTP status of the answer: 429 or 503. */
    public int getStatus() {
        return status;
    }
}
