package org.bepart.web.exchange;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;

/**
 * What the last exchange form of this session led to, shown once on the initiative's page after the redirect: a
 * message and, when the link was refused, what was typed, so that nothing is lost.
 *
 * @param chosen     the initiative chosen in the link form, or null
 * @param adaptation the text typed in the link form, or null
 */
public record ExchangeFlash(long initiativeId, String messageKey, boolean error, Long chosen, String adaptation)
        implements Serializable {

    private static final String ATTRIBUTE = ExchangeFlash.class.getName();

    void keep(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    /** The flash of this initiative's page, taken out of the session; null when there is none. */
    public static ExchangeFlash take(HttpServletRequest request, long initiativeId) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof ExchangeFlash flash
                && flash.initiativeId() == initiativeId) {
            session.removeAttribute(ATTRIBUTE);
            return flash;
        }
        return null;
    }
}
