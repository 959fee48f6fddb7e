package org.bepart.web.initiative;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves {@code /initiatives/{id}} and {@code /initiatives/{id}/{slug}} with the initiative page,
 * {@code /initiatives/{id}/history} with its history page, {@code /initiatives/{id}.pdf} with its printable sheet
 * ({@link InitiativeSheetServlet}); any other path
 * under {@code /initiatives/} is not found. {@code /initiatives} itself is the catalogue.
 */
@WebFilter(filterName = "InitiativeRouteFilter", urlPatterns = "/initiatives/*")
public class InitiativeRouteFilter extends HttpFilter {

    private static final Pattern DETAIL = Pattern.compile("/([0-9]{1,18})(/[^/]*)?/?");
    private static final Pattern HISTORY = Pattern.compile("/([0-9]{1,18})/history/?");
    private static final Pattern SHEET = Pattern.compile("/([0-9]{1,18})\\.pdf");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String rest = request.getPathInfo();
        if (rest == null) {
            rest = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/initiatives", "");
        }
        if (rest.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Matcher history = HISTORY.matcher(rest);
        if (history.matches()) {
            request.getRequestDispatcher("/initiative-history?id=" + history.group(1)).forward(request, response);
            return;
        }
        Matcher sheet = SHEET.matcher(rest);
        if (sheet.matches()) {
            request.getRequestDispatcher(InitiativeSheetServlet.PATH + "?id=" + sheet.group(1))
                    .forward(request, response);
            return;
        }
        Matcher matcher = DETAIL.matcher(rest);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/initiative?id=" + matcher.group(1)).forward(request, response);
    }
}
