package org.bepart.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.bepart.account.Authenticator;
import org.bepart.account.SignedIn;
import org.bepart.platform.DatabaseOutage;

import java.io.IOException;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Ends a session whose account has moved on: on each request of a signed-in person, the session's epoch (remembered
 * at sign-in) is compared with the account's in the database, which a new password, a reset or a blocked account
 * raises ({@code Account.endSessions()}) — so it works the same on every server. A stale session is signed out and
 * sent to the sign-in page, which says why. The account read here is what {@link CurrentUser} shows.
 */
@WebFilter(filterName = "SessionGuard", urlPatterns = "/*")
public class SessionGuard extends HttpFilter {

    /** Session attribute: the account's session epoch when this session signed in. */
    public static final String EPOCH = SessionGuard.class.getName() + ".epoch";
    /** Request attribute: the account as this request read it. */
    static final String CHECKED = SessionGuard.class.getName() + ".account";

    private static final Logger LOG = Logger.getLogger(SessionGuard.class.getName());

    @EJB
    private Authenticator authenticator;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null && request.getAttribute(CHECKED) == null && !isResource(request)) {
            HttpSession session = request.getSession(false);
            Optional<SignedIn> account;
            try {
                account = authenticator.current(Long.parseLong(principal.getName()));
            } catch (NumberFormatException e) {
                account = Optional.empty();
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                // Cannot tell: the page goes on (CurrentUser stands in with the account as last read).
                chain.doFilter(request, response);
                return;
            }
            Object epoch = session == null ? null : session.getAttribute(EPOCH);
            if (account.isEmpty() || !Objects.equals(epoch, account.get().sessionEpoch())) {
                LOG.fine(() -> "Session of account " + principal.getName() + " ended");
                end(request);
                String login = request.getContextPath() + "/login?ended=1";
                if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                    // A Faces Ajax request follows a redirect only when it is told in its own XML.
                    response.setContentType("text/xml;charset=UTF-8");
                    response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                            + "<redirect url=\"" + login + "\"/></partial-response>");
                } else {
                    response.sendRedirect(login);
                }
                return;
            }
            request.setAttribute(CHECKED, account.get());
        }
        chain.doFilter(request, response);
    }

    /** Style sheets, scripts and images of the pages: public, and not worth a query each. */
    private static boolean isResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/webjars/");
    }

    /** Signs out and ends the session. */
    static void end(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Remembers in this request's session that it signed in (or changed its password) in {@code account}'s epoch. */
    public static void remember(HttpServletRequest request, SignedIn account) {
        request.getSession().setAttribute(EPOCH, account.sessionEpoch());
    }
}
