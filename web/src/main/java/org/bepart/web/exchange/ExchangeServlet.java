package org.bepart.web.exchange;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.exchange.ExchangeService;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.CsrfToken;
import org.bepart.web.security.CurrentUser;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The exchange forms of an initiative's page: POST {@code /exchange} with the session's {@link CsrfToken}, the
 * {@code initiative} of the page and an {@code action}: {@code useful} / {@code not-useful}, {@code link} (with
 * {@code own}, the replicating initiative, and {@code adaptation}), or {@code unlink} (of the page's initiative from {@code original}). Answers with a
 * redirect to the page (303), where the outcome shows once ({@link ExchangeFlash}). Visitors are sent to sign in.
 */
@WebServlet(ExchangeServlet.PATH)
public class ExchangeServlet extends HttpServlet {

    static final String PATH = "/exchange";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ExchangeServlet.class.getName());

    @EJB
    private transient ExchangeService exchange;

    @Inject
    private transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Long page = id(request.getParameter("initiative"));
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String back = request.getContextPath() + "/initiatives/" + page;
        if (!currentUser.isSignedIn()) {
            redirect(response, request.getContextPath() + "/login");
            return;
        }
        if (!CsrfToken.matches(request)) {
            new ExchangeFlash(page, "exchange.error.expired", true, null, null).keep(request);
            redirect(response, back + "#exchange");
            return;
        }
        String action = String.valueOf(request.getParameter("action"));
        Long own = id(request.getParameter("own"));
        String adaptation = request.getParameter("adaptation");
        if (adaptation != null && adaptation.length() > 4 * 500) {
            adaptation = adaptation.substring(0, 4 * 500);
        }
        try {
            String done = switch (action) {
                case "useful", "not-useful" -> {
                    exchange.markUseful(currentUser.getId(), page, action.equals("useful"));
                    yield action.equals("useful") ? "exchange.markedUseful" : "exchange.unmarkedUseful";
                }
                case "link" -> {
                    if (own == null) {
                        throw new IllegalArgumentException("no initiative chosen");
                    }
                    exchange.link(currentUser.getId(), own, page, adaptation);
                    yield "exchange.linked";
                }
                case "unlink" -> {
                    Long original = id(request.getParameter("original"));
                    if (original == null) {
                        throw new IllegalArgumentException("no original chosen");
                    }
                    exchange.unlink(currentUser.getId(), page, original);
                    yield "exchange.unlinked";
                }
                default -> throw new IllegalArgumentException("unknown action " + action);
            };
            new ExchangeFlash(page, done, false, null, null).keep(request);
        } catch (RuntimeException e) {
            String key = Messages.keyOf(e);
            if ("error.500.text".equals(key)) {
                LOG.log(Level.SEVERE, "Exchange form failed", e);
            }
            boolean linking = action.equals("link");
            new ExchangeFlash(page, key, true, linking ? own : null, linking ? adaptation : null).keep(request);
        }
        redirect(response, back + "#exchange");
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    private static Long id(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }
}
