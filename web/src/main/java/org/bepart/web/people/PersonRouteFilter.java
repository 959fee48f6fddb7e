package org.bepart.web.people;

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
 * Serves {@code /people/{id}} and {@code /people/{id}/{slug}} with the person's public profile; any other path under
 * {@code /people} is not found.
 */
@WebFilter(filterName = "PersonRouteFilter", urlPatterns = "/people/*")
public class PersonRouteFilter extends HttpFilter {

    private static final Pattern PROFILE = Pattern.compile("/([0-9]{1,18})(/[^/]*)?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String rest = request.getRequestURI().substring(request.getContextPath().length())
                .replaceFirst("^/people", "");
        Matcher matcher = PROFILE.matcher(rest);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/person?id=" + matcher.group(1)).forward(request, response);
    }
}
