package org.bepart.web.contest;

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
 * Serves {@code /contests/{id}} and {@code /contests/{id}/{slug}} with the contest page, {@code /contests/{id}/enter}
 * with the entry form. The works below {@code /contests/media/} pass through to their servlet.
 */
@WebFilter(filterName = "ContestRouteFilter", urlPatterns = "/contests/*")
public class ContestRouteFilter extends HttpFilter {

    private static final Pattern ENTER = Pattern.compile("/([0-9]{1,18})/enter/?");
    private static final Pattern DETAIL = Pattern.compile("/([0-9]{1,18})(/[^/]*)?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String rest = request.getRequestURI().substring(request.getContextPath().length())
                .replaceFirst("^/contests", "");
        Matcher enter = ENTER.matcher(rest);
        if (enter.matches()) {
            request.getRequestDispatcher("/contest-enter?id=" + enter.group(1)).forward(request, response);
            return;
        }
        Matcher detail = DETAIL.matcher(rest);
        if (detail.matches()) {
            request.getRequestDispatcher("/contest?id=" + detail.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
