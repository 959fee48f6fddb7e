package org.bepart.web.newsletter;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.language.Language;
import org.bepart.newsletter.NewsletterService;
import org.bepart.shared.BusinessException;
import org.bepart.web.i18n.ReaderLanguage;

import java.io.IOException;
import java.util.Optional;

/**
 * The newsletter's links and form: {@code POST /newsletter/subscribe} (e-mail, language), {@code /newsletter/confirm}
 * and {@code /newsletter/unsubscribe} (GET from the mail, or the one-click POST of List-Unsubscribe). Each answers
 * with a redirect to {@code /newsletter}, which says what happened; no sign-in, no session.
 */
@WebServlet(urlPatterns = {NewsletterServlet.SUBSCRIBE, NewsletterServlet.CONFIRM, NewsletterServlet.UNSUBSCRIBE})
public class NewsletterServlet extends HttpServlet {

    static final String SUBSCRIBE = "/newsletter/subscribe";
    static final String CONFIRM = "/newsletter/confirm";
    static final String UNSUBSCRIBE = "/newsletter/unsubscribe";
    private static final long serialVersionUID = 1L;

    @EJB
    private NewsletterService newsletter;

    @Inject
    private ReaderLanguage reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case CONFIRM -> done(request, response, newsletter.confirm(request.getParameter("token")), "confirmed");
            case UNSUBSCRIBE -> done(request, response, newsletter.unsubscribe(request.getParameter("token")),
                    "unsubscribed");
            default -> response.sendRedirect(request.getContextPath() + "/newsletter");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case SUBSCRIBE -> subscribe(request, response);
            case UNSUBSCRIBE -> done(request, response, newsletter.unsubscribe(request.getParameter("token")),
                    "unsubscribed");
            default -> response.sendError(404);
        }
    }

    private void subscribe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.fromTag(request.getParameter("language")).orElse(reader.getLanguage());
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

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String state,
                                 Language language) throws IOException {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/newsletter?state=" + state + "&lang="
                + language.tag());
    }
}
