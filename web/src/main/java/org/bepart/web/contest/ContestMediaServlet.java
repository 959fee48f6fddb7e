package org.bepart.web.contest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.contest.ContestService;
import org.bepart.image.ImageBytes;
import org.bepart.web.security.CurrentUser;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /contests/media/{entryId}} and {@code …/thumbnail}: the work of an approved entry for everybody; editors and
 * the jury also see entries waiting for moderation (never cached by others then).
 */
@WebServlet(urlPatterns = "/contests/media/*")
public class ContestMediaServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})(/thumbnail)?");

    @EJB
    private ContestService contests;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(matcher.group(1));
        boolean thumbnail = matcher.group(2) != null;
        Optional<ImageBytes> media = contests.media(null, id, thumbnail);
        boolean publicMedia = media.isPresent();
        if (media.isEmpty() && request.getRemoteUser() != null) {
            media = contests.media(currentUser.getId(), id, thumbnail);
        }
        if (media.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(media.get().contentType());
        response.setHeader("Cache-Control", publicMedia ? "public, max-age=3600" : "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline");
        response.setContentLength(media.get().bytes().length);
        response.getOutputStream().write(media.get().bytes());
    }
}
