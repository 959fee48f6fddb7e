package org.bepart.web.faces;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.bepart.abuse.RetryLaterException;
import org.bepart.platform.DatabaseOutage;
import org.bepart.shared.BusinessException;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.web.i18n.ReaderLanguage;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Translated messages for forms: business errors by their key, optimistic-locking failures as a clear conflict,
 * invalid input as such, an unreachable database as "nothing saved, try again"; whatever else goes wrong is logged and shown as a general failure, never as a stack trace.
 */
@RequestScoped
public class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    /** The database is out of reach: nothing was saved, the form keeps what was typed, trying again will work. */
    static final String UNAVAILABLE = "error.unavailable";

    @Inject
    private ReaderLanguage reader;

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A message attached to one input (its client id), e.g. "form:email". */
    public void errorFor(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * Shows what went wrong in a service call in the reader's language and returns the key used. A refusal that says
     * when to try again ({@link RetryLaterException}) also sets the answer's status and {@code Retry-After}; a
     * honeypot caught answers 400.
     */
    public String failure(Exception e) {
        String key = keyOf(e);
        RetryLaterException later = retryLater(e);
        if (later != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(later.getStatus());
            external.setResponseHeader("Retry-After", Long.toString(later.getRetryAfterSeconds()));
            error(key, (later.getRetryAfterSeconds() + 59) / 60);
            return key;
        }
        if ("limit.honeypot".equals(key)) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
        if ("error.500.text".equals(key)) {
            LOG.log(Level.SEVERE, "Unexpected failure behind a form", e);
        } else if (UNAVAILABLE.equals(key)) {
            LOG.warning(() -> "Database out of reach behind a form: " + e);
        }
        error(key);
        return key;
    }

    /** The business refusal of type {@code type} behind {@code e} (EJB wrappers unwrapped), if there is one. */
    public static <T extends BusinessException> Optional<T> refusal(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t instanceof EJBException ejb && ejb.getCausedByException() != null && ejb.getCausedByException() != t) {
                return refusal(ejb.getCausedByException(), type);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code e} is, or wraps, a refusal of one of {@code types}. */
    @SafeVarargs
    public static boolean isRefusal(Throwable e, Class<? extends BusinessException>... types) {
        for (Class<? extends BusinessException> type : types) {
            if (refusal(e, type).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The bundle key for an exception thrown by a service (EJB wrappers unwrapped). */
    public static String keyOf(Throwable e) {
        if (DatabaseOutage.isCause(e)) {
            return UNAVAILABLE;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException business) {
                return business.getMessageKey();
            }
            if (t instanceof OptimisticLockException) {
                return new ConcurrentChangeException("").getMessageKey();
            }
            if (t instanceof ConstraintViolationException || t instanceof IllegalArgumentException) {
                return "error.invalidInput";
            }
            if (t instanceof EJBException ejb && ejb.getCausedByException() != null && ejb.getCausedByException() != t) {
                return keyOf(ejb.getCausedByException());
            }
        }
        return "error.500.text";
    }

    /** The refusal with a time to try again behind {@code e}, or null. */
    public static RetryLaterException retryLater(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetryLaterException later) {
                return later;
            }
            if (t instanceof EJBException ejb && ejb.getCausedByException() instanceof RetryLaterException later) {
                return later;
            }
        }
        return null;
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = arguments.length == 0 ? reader.text(key) : reader.format(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
