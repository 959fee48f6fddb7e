package org.bepart.web.news;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.image.ImageBytes;
import org.bepart.news.NewsService;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /news/images/{id}} and {@code /news/images/{id}/thumbnail}: images of the editors' library. They never change
 * once uploaded (a new upload is a new image), so browsers and proxies may keep them.
 */
@WebServlet(urlPatterns = "/news/images/*")
public class NewsImageServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})(/thumbnail)?");

    @EJB
    private NewsService news;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<ImageBytes> image = matcher.matches()
                ? news.image(Long.parseLong(matcher.group(1)), matcher.group(2) != null) : Optional.empty();
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(image.get().contentType());
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(image.get().bytes().length);
        response.getOutputStream().write(image.get().bytes());
    }
}
