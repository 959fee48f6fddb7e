package org.bepart.web.availability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.platform.DatabaseOutage;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Turns a request that failed because the database is out of reach into a translated 503 page with
 * {@code Retry-After}, instead of the general error page: the reader learns that waiting helps. Forms catch the same
 * failure themselves and keep what was typed ({@code Messages}).
 */
@WebFilter(filterName = "OutageFilter")
public class OutageFilter extends HttpFilter {

    /** Seconds a client is asked to wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger LOG = Logger.getLogger(OutageFilter.class.getName());
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS - 1);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            long now = System.nanoTime();
            long last = lastLogged.get();
            if (now - last > LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
                LOG.warning(() -> "Database out of reach: " + request.getMethod() + " " + request.getRequestURI()
                        + " answered 503, as will others for the next 10 s without a word here (" + rootMessage(e)
                        + ")");
            }
            unavailable(request, response);
        }
    }

    /** Answers with the translated 503 page; a request that sent something is told that it was not saved. */
    public static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        boolean sent = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        PlainPage.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.503.title",
                sent ? "error.503.notSaved" : "error.503.text");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 64 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        return root.toString();
    }
}
