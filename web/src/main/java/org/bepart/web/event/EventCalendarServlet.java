package org.bepart.web.event;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.event.EventService;
import org.bepart.web.i18n.ReaderLanguage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * iCalendar files: one published event ({@code ?id=}, reached as {@code /events/{id}.ics}) or every published event
 * (reached as {@code /events/feed.ics}), in the reader's language ({@code lang}).
 */
@WebServlet(urlPatterns = EventCalendarServlet.PATH)
public class EventCalendarServlet extends HttpServlet {

    static final String PATH = "/events-calendar";
    private static final long serialVersionUID = 1L;

    @EJB
    private EventService events;

    @Inject
    private ReaderLanguage reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Optional<String> calendar;
        String fileName;
        if (id == null) {
            calendar = Optional.of(events.feed(reader.getLanguage()));
            fileName = "bepart-events.ics";
        } else if (id.matches("[0-9]{1,18}")) {
            calendar = events.calendar(Long.parseLong(id), reader.getLanguage());
            fileName = "bepart-event-" + id + ".ics";
        } else {
            calendar = Optional.empty();
            fileName = null;
        }
        if (calendar.isEmpty()) {
            response.sendError(404, "no such event");
            return;
        }
        byte[] bytes = calendar.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Content-Disposition", (id == null ? "inline" : "attachment") + "; filename=\""
                + fileName + "\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
