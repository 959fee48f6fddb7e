package org.bepart.web.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

/** Backs {@code newsletter.xhtml}: the subscription form and what the last step did ({@code state}). */
@Named
@RequestScoped
public class NewsletterPage {

    private static final Map<String, String> MESSAGES = Map.of(
            "sent", "newsletter.sent",
            "confirmed", "newsletter.confirmed",
            "unsubscribed", "newsletter.unsubscribed",
            "invalid-link", "newsletter.invalidLink",
            "invalid-email", "newsletter.error.email",
            "refused", "newsletter.error.otherSite");

    @Inject
    private HttpServletRequest request;

    /** The bundle key of what happened, null when nothing did. */
    public String getMessage() {
        return MESSAGES.get(String.valueOf(request.getParameter("state")));
    }

    public boolean isError() {
        String state = request.getParameter("state");
        return "invalid-link".equals(state) || "invalid-email".equals(state) || "refused".equals(state);
    }
}
