package org.bepart.web.newsletter;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.abuse.LimitedAction;
import org.bepart.abuse.RetryLaterException;
import org.bepart.language.Language;
import org.bepart.newsletter.NewsletterService;
import org.bepart.shared.BusinessException;
import org.bepart.web.availability.PageHtml;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.SameOrigin;
import org.bepart.web.availability.PlainPage;
import org.bepart.web.security.FormGuard;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The newsletter's form and links, without sign-in or session:
 * <ul>
 * <li>{@code POST /newsletter/subscribe} (e-mail, language) from a page of this site only ({@link SameOrigin});</li>
 * <li>{@code GET /newsletter/confirm} and {@code GET /newsletter/unsubscribe}, the links of the mails, change
 * nothing: they show a page whose button POSTs ({@link NewsletterLinkPage}), as mail scanners open links;</li>
 * <li>{@code POST /newsletter/confirm} and {@code POST /newsletter/unsubscribe} do it: from that button (answered by a
 * redirect to {@code /newsletter}, which says what happened), or for unsubscribing the one-click POST of
 * {@code List-Unsubscribe-Post} (RFC 8058) that mail programs send (answered by a short page).</li>
 * </ul>
 */
@WebServlet(urlPatterns = {NewsletterServlet.SUBSCRIBE, NewsletterServlet.CONFIRM, NewsletterServlet.UNSUBSCRIBE})
public class NewsletterServlet extends HttpServlet {

    static final String SUBSCRIBE = "/newsletter/subscribe";
    static final String CONFIRM = "/newsletter/confirm";
    static final String UNSUBSCRIBE = "/newsletter/unsubscribe";
    /** Sent by the button of the link page, so that its POST is answered with a redirect for the browser. */
    static final String FROM_PAGE = "from-page";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NewsletterServlet.class.getName());

    @EJB
    private NewsletterService newsletter;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private FormGuard guard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        switch (request.getServletPath()) {
            case CONFIRM, UNSUBSCRIBE -> {
                // the token is in the address: neither stored by caches nor passed on to other sites
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("Referrer-Policy", "no-referrer");
                // named here: a later forward (extensionless views) replaces the forward attributes
                request.setAttribute(NewsletterLinkPage.LINK, request.getServletPath());
                request.getRequestDispatcher(NewsletterLinkPage.PATH).forward(request, response);
            }
            default -> response.sendRedirect(request.getContextPath() + "/newsletter");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case SUBSCRIBE -> subscribe(request, response);
            case CONFIRM -> done(request, response, newsletter.confirm(request.getParameter("token")), "confirmed");
            case UNSUBSCRIBE -> {
                Optional<Language> language = newsletter.unsubscribe(request.getParameter("token"));
                if (request.getParameter(FROM_PAGE) != null) {
                    done(request, response, language, "unsubscribed");
                } else {
                    oneClick(response, language, request.getContextPath());
                }
            }
            default -> response.sendError(404);
        }
    }

    private void subscribe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SameOrigin.allows(request)) {
            LOG.info(() -> "Newsletter form refused: sent from " + request.getHeader("Origin") + " / "
                    + request.getHeader("Referer") + " to " + request.getHeader("Host"));
            redirect(request, response, "refused", reader.getLanguage());
            return;
        }
        Language language = Language.fromTag(request.getParameter("language")).orElse(reader.getLanguage());
        try {
            guard.acquire(LimitedAction.NEWSLETTER, request.getParameter("email"));
        } catch (RetryLaterException e) {
            FormGuard.prepare(response, e);
            PlainPage.write(request, response, e.getStatus(), "limit.title", "limit.tooManyPage");
            return;
        } catch (BusinessException e) {
            PlainPage.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "limit.title",
                    "limit.honeypot".equals(e.getMessageKey()) ? "limit.honeypot" : "error.invalidInput");
            return;
        }
        String state;
        try {
            newsletter.subscribe(request.getParameter("email"), language);
            state = "sent";
        } catch (BusinessException e) {
            state = "invalid-email";
        } catch (RuntimeException e) {
            if (!(BusinessException.class.isInstance(e.getCause()))) {
                throw e;
            }
            state = "invalid-email";
        }
        // the answer is in the language of the page the form was on; the mails are in the chosen one
        redirect(request, response, state, reader.getLanguage());
    }

    private void done(HttpServletRequest request, HttpServletResponse response, Optional<Language> language,
                      String state) throws IOException {
        redirect(request, response, language.isPresent() ? state : "invalid-link",
                language.orElse(reader.getLanguage()));
    }

    /** The answer to a mail program's one-click POST: a short page in the subscriber's language. */
    private void oneClick(HttpServletResponse response, Optional<Language> language, String contextPath)
            throws IOException {
        response.setStatus(language.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(PageHtml.of(language.orElse(reader.getLanguage()), contextPath,
                "newsletter.link.unsubscribeTitle", language.isPresent() ? "newsletter.unsubscribed"
                        : "newsletter.invalidLink", 0));
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String state,
                                 Language language) throws IOException {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/newsletter?state=" + state + "&lang="
                + language.tag());
    }
}
