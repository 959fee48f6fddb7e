package org.bepart.web.widget;

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
 * Serves {@code /widget/{subject}/{key}} with the widget page and {@code /widget/embed.js} as the file it is; any
 * other path under {@code /widget} is not found.
 */
@WebFilter(filterName = "WidgetRouteFilter", urlPatterns = "/widget/*")
public class WidgetRouteFilter extends HttpFilter {

    /** The addresses of widgets, as the page cache knows them too. */
    public static final Pattern WIDGET = Pattern.compile("/widget/(organisation|country|theme)/([A-Za-z0-9_-]{1,40})/?");
    static final String SCRIPT = "/widget/embed.js";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(SCRIPT)) {
            chain.doFilter(request, response);
            return;
        }
        Matcher matcher = WIDGET.matcher(path);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/widget?subject=" + matcher.group(1) + "&key=" + matcher.group(2))
                .forward(request, response);
    }
}
