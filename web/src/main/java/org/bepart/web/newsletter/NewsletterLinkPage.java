package org.bepart.web.newsletter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.bepart.newsletter.NewsletterService;

/**
 * Backs {@code newsletter-link.xhtml}, what {@code GET /newsletter/confirm} and {@code GET /newsletter/unsubscribe}
 * show: whether the link is good and, if so, a button that POSTs it. Opening the link changes nothing.
 */
@Named
@RequestScoped
public class NewsletterLinkPage {

    static final String PATH = "/newsletter-link";
    /** The request attribute naming the link opened: {@link NewsletterServlet#CONFIRM} or its UNSUBSCRIBE. */
    static final String LINK = NewsletterLinkPage.class.getName() + ".link";

    @EJB
    private NewsletterService newsletter;

    @Inject
    private HttpServletRequest request;

    private Boolean valid;

    /** Whether this is the unsubscribe link (else the confirmation link). */
    public boolean isUnsubscribe() {
        return NewsletterServlet.UNSUBSCRIBE.equals(request.getAttribute(LINK));
    }

    public String getToken() {
        return request.getParameter("token");
    }

    /** Where the button POSTs: the link's own address. */
    public String getAction() {
        return request.getContextPath() + (isUnsubscribe() ? NewsletterServlet.UNSUBSCRIBE : NewsletterServlet.CONFIRM);
    }

    public String getFromPage() {
        return NewsletterServlet.FROM_PAGE;
    }

    public boolean isValid() {
        if (valid == null) {
            valid = isUnsubscribe() ? newsletter.unsubscribeLink(getToken()).isPresent()
                    : newsletter.isConfirmLinkValid(getToken());
        }
        return valid;
    }
}
