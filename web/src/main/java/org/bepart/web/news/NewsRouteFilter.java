package org.bepart.web.news;

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
 * Serves {@code /news/{id}} and {@code /news/{id}/{slug}} with the item page. The feeds and images below
 * {@code /news/} are servlets of their own and pass through; {@code /news} itself is the list.
 */
@WebFilter(filterName = "NewsRouteFilter", urlPatterns = "/news/*")
public class NewsRouteFilter extends HttpFilter {

    private static final Pattern DETAIL = Pattern.compile("/([0-9]{1,18})(/[^/]*)?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String rest = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/news", "");
        Matcher matcher = DETAIL.matcher(rest);
        if (!matcher.matches()) {
            chain.doFilter(request, response);
            return;
        }
        request.getRequestDispatcher("/news-item?id=" + matcher.group(1)).forward(request, response);
    }
}
