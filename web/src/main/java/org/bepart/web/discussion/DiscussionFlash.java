package org.bepart.web.discussion;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.bepart.discussion.PostKind;
import org.bepart.language.Language;

import java.io.Serializable;

/**
 * What the last discussion form of this session led to, shown once on the initiative's page after the redirect: a
 * message (with the minutes to wait, for a rate limit) and, when it was refused, what was typed in which form, so
 * that nothing is lost.
 *
 * @param form    the form sent: {@code post}, {@code reply-ID} or {@code edit-ID}
 * @param minutes the minutes to wait before trying again, or null
 */
public record DiscussionFlash(long initiativeId, String messageKey, boolean error, Long minutes, String form,
                              PostKind kind, Language language, String text) implements Serializable {

    private static final String ATTRIBUTE = DiscussionFlash.class.getName();

    void keep(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    /** Whether the text typed in {@code formName} was refused and is to be shown again there. */
    public boolean keeps(String formName) {
        return error && formName.equals(form) && text != null;
    }

    /** The flash of this initiative's page, taken out of the session; null when there is none. */
    public static DiscussionFlash take(HttpServletRequest request, long initiativeId) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (!(kept instanceof DiscussionFlash flash) || flash.initiativeId() != initiativeId) {
            return null;
        }
        session.removeAttribute(ATTRIBUTE);
        return flash;
    }
}
