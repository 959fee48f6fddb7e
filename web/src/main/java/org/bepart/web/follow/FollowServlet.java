package org.bepart.web.follow;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.follow.FollowDelivery;
import org.bepart.follow.FollowException;
import org.bepart.follow.FollowService;
import org.bepart.follow.FollowTarget;
import org.bepart.language.Language;
import org.bepart.web.availability.PageHtml;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CsrfToken;
import org.bepart.web.security.CurrentUser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The follow forms and the unsubscribe link of follow mails:
 * <ul>
 * <li>{@code POST /follow} with the session's {@link CsrfToken}, an {@code action} ({@code follow}, {@code unfollow},
 * {@code delivery}), the target's {@code kind} and {@code key} (or the chosen {@code delivery}); answered with a
 * redirect (303) to the target's page, or to {@code /account/following} when the form was there ({@code from}), where
 * the outcome shows once ({@link FollowFlash}). Visitors are sent to sign in.</li>
 * <li>{@code GET /following/unsubscribe?token=…} changes nothing (mail scanners open links): a page whose button
 * POSTs; {@code POST /following/unsubscribe} stops the follow mails, from that button or as the one-click POST of
 * {@code List-Unsubscribe-Post} (RFC 8058).</li>
 * </ul>
 */
@WebServlet(urlPatterns = {FollowServlet.PATH, FollowServlet.UNSUBSCRIBE})
public class FollowServlet extends HttpServlet {

    static final String PATH = "/follow";
    static final String UNSUBSCRIBE = "/following/unsubscribe";
    static final String FOLLOWING = "/account/following";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FollowServlet.class.getName());

    @EJB
    private transient FollowService follows;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient ReaderLanguage reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!UNSUBSCRIBE.equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        request.getRequestDispatcher(FollowLinkPage.PATH).forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (UNSUBSCRIBE.equals(request.getServletPath())) {
            unsubscribe(request, response);
            return;
        }
        String context = request.getContextPath();
        if (!currentUser.isSignedIn()) {
            redirect(response, context + "/login");
            return;
        }
        String action = String.valueOf(request.getParameter("action"));
        String back = context + FOLLOWING;
        try {
            if ("delivery".equals(action)) {
                FollowDelivery delivery = delivery(request.getParameter("delivery"));
                checkToken(request);
                follows.chooseDelivery(currentUser.getId(), delivery);
                new FollowFlash("following.saved", false).keep(request);
            } else {
                FollowTarget target = FollowTarget.of(request.getParameter("kind"));
                String key = target.key(request.getParameter("key"));
                if (request.getParameter("from") == null) {
                    back = context + page(target, key);
                }
                checkToken(request);
                boolean follow = "follow".equals(action);
                if (follow) {
                    follows.follow(currentUser.getId(), target, key);
                } else {
                    follows.unfollow(currentUser.getId(), target, key);
                }
                new FollowFlash(follow ? "follow.followed" : "follow.unfollowed", false).keep(request);
            }
        } catch (RuntimeException e) {
            String messageKey = Messages.keyOf(e);
            if ("error.500.text".equals(messageKey)) {
                LOG.log(Level.SEVERE, "Follow form failed", e);
            }
            new FollowFlash(messageKey, true).keep(request);
        }
        redirect(response, back + (back.endsWith(FOLLOWING) ? "" : "#follow"));
    }

    private void unsubscribe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Language> language = follows.unsubscribe(request.getParameter("token"));
        if (request.getParameter(FollowLinkPage.FROM_PAGE) != null) {
            redirect(response, request.getContextPath() + UNSUBSCRIBE + "?done=" + language.isPresent() + "&lang="
                    + language.orElse(reader.getLanguage()).tag());
            return;
        }
        response.setStatus(language.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(PageHtml.of(language.orElse(reader.getLanguage()), request.getContextPath(),
                "following.unsubscribe.title", language.isPresent() ? "following.unsubscribe.done"
                        : "following.unsubscribe.invalid", 0));
    }

    /** The public page of a target, where its button is. */
    static String page(FollowTarget target, String key) {
        String value = URLEncoder.encode(key, StandardCharsets.UTF_8);
        return switch (target) {
            case INITIATIVE -> "/initiatives/" + value;
            case ORGANISATION -> "/organisations/" + value;
            case THEME -> "/initiatives?theme=" + value;
            case COUNTRY -> "/initiatives?country=" + value;
            case PARTICIPATION -> "/initiatives?participation=" + value;
        };
    }

    private static FollowDelivery delivery(String value) {
        for (FollowDelivery delivery : FollowDelivery.values()) {
            if (delivery.name().equals(value)) {
                return delivery;
            }
        }
        throw new FollowException("follow.error.delivery", "no delivery " + (value == null ? null
                : value.substring(0, Math.min(40, value.length()))));
    }

    private static void checkToken(HttpServletRequest request) {
        if (!CsrfToken.matches(request)) {
            throw new FollowException("follow.error.expired", "no or a wrong form token");
        }
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
