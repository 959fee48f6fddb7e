package org.bepart.web.event;

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
 * Routes below {@code /events/}: {@code /events/{id}} and {@code /events/{id}/{slug}} to the event page,
 * {@code /events/{id}.ics} (or {@code /events/{id}/ics}) and {@code /events/feed.ics} to the iCalendar servlet.
 * {@code /events} itself is the list.
 */
@WebFilter(filterName = "EventRouteFilter", urlPatterns = "/events/*")
public class EventRouteFilter extends HttpFilter {

    private static final Pattern DETAIL = Pattern.compile("/([0-9]{1,18})(/[^/]*)?/?");
    private static final Pattern ICS = Pattern.compile("/([0-9]{1,18})(\\.ics|/ics)");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String rest = request.getRequestURI().substring(request.getContextPath().length())
                .replaceFirst("^/events", "");
        if (rest.equals("/feed.ics")) {
            request.getRequestDispatcher(EventCalendarServlet.PATH).forward(request, response);
            return;
        }
        Matcher ics = ICS.matcher(rest);
        if (ics.matches()) {
            request.getRequestDispatcher(EventCalendarServlet.PATH + "?id=" + ics.group(1)).forward(request, response);
            return;
        }
        Matcher detail = DETAIL.matcher(rest);
        if (detail.matches() && !rest.endsWith("/ics")) {
            request.getRequestDispatcher("/event?id=" + detail.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
