package org.bepart.web.follow;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;

/** What the last follow form of this session led to, shown once on the page it returned to. */
public record FollowFlash(String messageKey, boolean error) implements Serializable {

    private static final String ATTRIBUTE = FollowFlash.class.getName();

    void keep(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    /** The flash, taken out of the session (none is opened); null when there is none. */
    static FollowFlash take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object flash = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (flash != null) {
            session.removeAttribute(ATTRIBUTE);
        }
        return flash instanceof FollowFlash f ? f : null;
    }
}
