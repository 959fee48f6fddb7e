package org.bepart.web.organisation;

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
 * Serves {@code /organisations/{id}} and {@code /organisations/{id}/{slug}} with the organisation's profile; any other
 * path under {@code /organisations/} is not found. {@code /organisations} itself is the directory.
 */
@WebFilter(filterName = "OrganisationRouteFilter", urlPatterns = "/organisations/*")
public class OrganisationRouteFilter extends HttpFilter {

    private static final Pattern PROFILE = Pattern.compile("/([0-9]{1,18})(/[^/]*)?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String rest = request.getRequestURI().substring(request.getContextPath().length())
                .replaceFirst("^/organisations", "");
        if (rest.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Matcher matcher = PROFILE.matcher(rest);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/organisation?id=" + matcher.group(1)).forward(request, response);
    }
}
