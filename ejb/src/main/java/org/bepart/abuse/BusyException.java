package org.bepart.abuse;

/** The server has no capacity left for this work right now (e.g. decoding pictures): 503 and Retry-After. */
public class BusyException extends RetryLaterException {

    private static final long serialVersionUID = 1L;

    public BusyException(String detail, long retryAfterSeconds) {
        super("limit.busy", detail, retryAfterSeconds, 503);
    }
}
