package org.bepart.web.translation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;

/**
 * What the last "translate this" request of this session led to, shown once on the initiative's page after the
 * redirect.
 *
 * @param minutes the minutes to wait before asking again (a rate limit), or null
 */
public record TranslationFlash(long initiativeId, String messageKey, boolean error, Long minutes)
        implements Serializable {

    private static final String ATTRIBUTE = TranslationFlash.class.getName();

    void keep(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    /** The flash of this initiative's page, taken out of the session; null when there is none. */
    public static TranslationFlash take(HttpServletRequest request, long initiativeId) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof TranslationFlash flash
                && flash.initiativeId() == initiativeId) {
            session.removeAttribute(ATTRIBUTE);
            return flash;
        }
        return null;
    }
}
