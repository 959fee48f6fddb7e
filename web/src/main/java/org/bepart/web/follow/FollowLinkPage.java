package org.bepart.web.follow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.bepart.follow.FollowService;

/**
 * Backs {@code following-link.xhtml}, what {@code GET /following/unsubscribe} shows: whether the link is good and, if
 * so, a button that POSTs it; after the button, whether it was done. Opening the link changes nothing.
 */
@Named
@RequestScoped
public class FollowLinkPage {

    static final String PATH = "/following-link";
    static final String FROM_PAGE = "from-page";

    @EJB
    private FollowService follows;

    @Inject
    private HttpServletRequest request;

    private Boolean valid;

    public String getToken() {
        return request.getParameter("token");
    }

    public String getAction() {
        return request.getContextPath() + FollowServlet.UNSUBSCRIBE;
    }

    public String getFromPage() {
        return FROM_PAGE;
    }

    /** After the button: "true" when the mails were stopped, "false" when the link was not good; else null. */
    public String getDone() {
        String done = request.getParameter("done");
        return "true".equals(done) || "false".equals(done) ? done : null;
    }

    public boolean isValid() {
        if (valid == null) {
            valid = getDone() == null && follows.unsubscribeLink(getToken()).isPresent();
        }
        return valid;
    }
}
