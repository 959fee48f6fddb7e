package org.bepart.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.abuse.LimitedAction;
import org.bepart.abuse.RateLimiter;
import org.bepart.abuse.RetryLaterException;
import org.bepart.shared.BusinessException;
import org.bepart.web.faces.Messages;

import java.util.logging.Logger;

/**
 * What every public form that sends mail or writes anonymously checks before its service is called: the honeypot
 * field ({@code <b:honeypot/>} in the form) is empty, and the client and recipient are within the action's rate
 * limit ({@link RateLimiter}). A Faces page calls {@link #admit} and returns when it is false (the message, status and
 * {@code Retry-After} are set); a servlet calls {@link #acquire} and answers the exception itself
 * ({@link #prepare}).
 */
@RequestScoped
public class FormGuard {

    /** The name of the honeypot field: people never see it, form-filling bots fill it in. */
    public static final String HONEYPOT = "website";

    private static final Logger LOG = Logger.getLogger(FormGuard.class.getName());

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress clients;

    @Inject
    private Messages messages;

    @EJB
    private RateLimiter limiter;

    /** Whether this sending of {@code action} may go on; when not, the page shows why and answers 400, 429 or 503. */
    public boolean admit(LimitedAction action, String recipient) {
        try {
            acquire(action, recipient);
            return true;
        } catch (RuntimeException e) {
            messages.failure(e);
            return false;
        }
    }

    /**
     * Checks the honeypot and counts {@code action} for this client and {@code recipient} (may be null); refuses with
     * a {@link BusinessException} ({@code limit.honeypot}) or a {@link RetryLaterException}.
     */
    public void acquire(LimitedAction action, String recipient) {
        if (isBot()) {
            LOG.info(() -> "Honeypot filled in: " + action + " refused for " + client());
            throw new BusinessException("limit.honeypot", "honeypot filled in");
        }
        if (!clients.isExempt(request)) {
            limiter.acquire(action, clients.of(request), recipient);
        }
    }

    /** Whether the honeypot field came filled in. */
    public boolean isBot() {
        String trap = request.getParameter(HONEYPOT);
        return trap != null && !trap.isEmpty();
    }

    /** This request's client key ({@link ClientAddress}); null for exempt clients, which nothing counts. */
    public String client() {
        return clients.isExempt(request) ? null : clients.of(request);
    }

    /** Sets the status and {@code Retry-After} of a refusal that says when to try again; the response is not sent. */
    public static void prepare(HttpServletResponse response, RetryLaterException e) {
        response.setStatus(e.getStatus());
        response.setHeader("Retry-After", Long.toString(e.getRetryAfterSeconds()));
    }
}
