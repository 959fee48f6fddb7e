package org.bepart.web.media;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.media.MediaFile;
import org.bepart.media.MediaService;
import org.bepart.web.security.CurrentUser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /media/{id}} and {@code /media/{id}/thumbnail}: the stored bytes with the type found at upload, never sniffed
 * by the browser; PDFs as downloads. Files of public initiatives are for everybody (and cacheable); the others only
 * for those who may see the initiative — anybody else gets 404, as if there were no such file.
 */
@WebServlet(name = "MediaServlet", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})(/thumbnail)?");

    @EJB
    private MediaService media;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean thumbnail = matcher.group(2) != null;
        // Only a reader who already has a session can be signed in; never create one here.
        Long reader = request.getSession(false) == null ? null : currentUser.getId();
        Optional<MediaFile> found = media.file(reader, Long.parseLong(matcher.group(1)), thumbnail);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = found.get();
        String etag = "\"" + matcher.group(1) + (thumbnail ? "t" : "") + "-" + file.createdAt().toEpochMilli() + "\"";
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", file.isPublic() ? "public, max-age=3600" : "private, no-cache");
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", file.createdAt().toEpochMilli());
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // Binary content has no character set (the application's default UTF-8 would otherwise be appended).
        response.setCharacterEncoding((String) null);
        response.setContentType(file.contentType());
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
        String disposition = file.document() ? "attachment" : "inline";
        response.setHeader("Content-Disposition", disposition + "; filename=\"" + ascii(file.fileName())
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }

    /** The name with anything but printable ASCII (and quotes) replaced, for the plain filename parameter. */
    static String ascii(String name) {
        return name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    }
}
