package org.bepart.abuse;

/** Too many requests of one kind from one client, or for one recipient: answered with 429 and Retry-After. */
public class RateLimitedException extends RetryLaterException {

    private static final long serialVersionUID = 1L;

    public RateLimitedException(String detail, long retryAfterSeconds) {
        super("limit.tooMany", detail, retryAfterSeconds, 429);
    }
}
