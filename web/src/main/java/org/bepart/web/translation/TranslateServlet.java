package org.bepart.web.translation;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.abuse.LimitedAction;
import org.bepart.abuse.RetryLaterException;
import org.bepart.language.Language;
import org.bepart.translation.TranslationService;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.CsrfToken;
import org.bepart.web.security.CurrentUser;
import org.bepart.web.security.FormGuard;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The "translate this" form of an initiative's page: POST {@code /translate} with the session's {@link CsrfToken},
 * the {@code initiative} of the page, the {@code language} asked for and an empty honeypot. Answers with a redirect
 * to the page (303), where the outcome shows once ({@link TranslationFlash}). Visitors are sent to sign in; the
 * client's and the account's rate limits apply ({@link LimitedAction#TRANSLATION_REQUEST}).
 */
@WebServlet(TranslateServlet.PATH)
public class TranslateServlet extends HttpServlet {

    static final String PATH = "/translate";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TranslateServlet.class.getName());

    @EJB
    private transient TranslationService translations;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient FormGuard guard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String initiativeParameter = request.getParameter("initiative");
        if (initiativeParameter == null || !initiativeParameter.matches("[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long initiative = Long.parseLong(initiativeParameter);
        if (!currentUser.isSignedIn()) {
            seeOther(response, request.getContextPath() + "/login");
            return;
        }
        Language language = Language.fromTag(request.getParameter("language")).orElse(null);
        TranslationFlash outcome;
        if (!CsrfToken.matches(request)) {
            outcome = new TranslationFlash(initiative, "translation.error.expired", true, null);
        } else if (language == null) {
            outcome = new TranslationFlash(initiative, "translation.error.language", true, null);
        } else {
            outcome = sent(initiative, language);
        }
        outcome.keep(request);
        seeOther(response, request.getContextPath() + "/initiatives/" + initiative + "#translate");
    }

    private TranslationFlash sent(long initiative, Language language) {
        try {
            guard.acquire(LimitedAction.TRANSLATION_REQUEST, null);
            translations.request(currentUser.getId(), initiative, language);
            return new TranslationFlash(initiative, "translation.requested", false, null);
        } catch (RuntimeException e) {
            String key = Messages.keyOf(e);
            if ("error.500.text".equals(key)) {
                LOG.log(Level.SEVERE, "Translation request failed", e);
            }
            RetryLaterException later = Messages.retryLater(e);
            return new TranslationFlash(initiative, key, true,
                    later == null ? null : (later.getRetryAfterSeconds() + 59) / 60);
        }
    }

    private static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
