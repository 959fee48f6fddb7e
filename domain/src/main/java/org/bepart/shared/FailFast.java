package org.bepart.shared;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a statement whose connection failed three times, five seconds apart: a page then hangs ten
 * seconds on a database that is down. The pool already checks connections before handing them out and replaces broken
 * ones, so a failure here is an outage: report it at once (the reader gets a 503, a form says "try again").
 * Registered in {@code persistence.xml}.
 */
public class FailFast implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
