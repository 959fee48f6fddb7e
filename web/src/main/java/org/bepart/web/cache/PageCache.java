package org.bepart.web.cache;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.bepart.platform.DatabaseOutage;
import org.bepart.platform.PublicContent;
import org.bepart.web.PublicUrl;
import org.bepart.web.headers.SecurityHeadersFilter;
import org.bepart.web.i18n.LanguageFilter;
import org.bepart.web.i18n.ReaderLanguage;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/**
 * Serves public pages to readers without a session from a cache of rendered pages, keyed by public address
 * ({@link PublicUrl}: never an unlisted Host header), language and {@link PageAddress} (the path and the parameters
 * the page reads, in order: junk parameters neither reach the page nor make new entries), until public content
 * changes ({@link PublicContent}) or the time to live passes (5 minutes by default: statistics and relative dates).
 * While the database is out of reach, the last copy of a page is served however old. Signed-in people, errors,
 * redirects and responses that set cookies or create a session are never served from or put into the cache; a
 * client's {@code Cache-Control: no-cache} is no reason to render a page again. A stored page keeps the nonce of
 * its scripts and is served with the Content-Security-Policy for that nonce.
 * Settings: {@code bepart.page-cache.max-mb} (64; 0 turns the cache off), {@code bepart.page-cache.ttl-seconds}.
 */
@WebFilter(filterName = "PageCache")
public class PageCache extends HttpFilter {

    public static final String HEADER = "X-Cache";

    /** Metrics: pages served from the cache ({@code result=hit}), their last copy during an outage ({@code stale}), or
     * rendered ({@code miss}). */
    public static final String METRIC = "bepart.page.cache";
    private static final Tag HIT = new Tag("result", "hit");
    private static final Tag STALE = new Tag("result", "stale");
    private static final Tag MISS = new Tag("result", "miss");

    @EJB
    private PublicContent content;

    @Inject
    private MetricRegistry metrics;

    private PageStore store;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        long megabytes = config.getOptionalValue("bepart.page-cache.max-mb", Long.class).orElse(64L);
        long seconds = config.getOptionalValue("bepart.page-cache.ttl-seconds", Long.class).orElse(300L);
        store = megabytes > 0 ? new PageStore(megabytes * 1024 * 1024, Duration.ofSeconds(seconds)) : null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (store == null || !"GET".equals(request.getMethod()) || request.getSession(false) != null
                || request.getRemoteUser() != null) {
            chain.doFilter(request, response);
            return;
        }
        // from the address asked for: the servlet path depends on how the view is mapped
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PageAddress address = PageAddress.of(path, request.getParameterMap()).orElse(null);
        if (address == null) {
            chain.doFilter(request, response);
            return;
        }
        String query = address.query();
        String relative = address.path() + (query.isEmpty() ? "" : "?" + query);
        String key = PublicUrl.of(request) + ' ' + LanguageFilter.of(request).tag() + ' ' + relative;
        request.setAttribute(ReaderLanguage.PAGE_ADDRESS, relative);
        long generation = content.generation();
        PageStore.Page page = store.get(key, generation, Instant.now());
        if (page != null) {
            serve(request, page);
            response.setContentType(page.contentType());
            response.setHeader(HEADER, "HIT");
            metrics.counter(METRIC, HIT).inc();
            response.getOutputStream().write(page.body());
            return;
        }
        Capture capture = new Capture(response);
        try {
            chain.doFilter(new NormalisedRequest(request, address), capture);
        } catch (IOException | ServletException | RuntimeException e) {
            PageStore.Page stale = DatabaseOutage.isCause(e) ? store.stale(key) : null;
            if (stale == null || response.isCommitted()) {
                throw e;
            }
            serve(request, stale);
            response.setContentType(stale.contentType());
            response.setHeader(HEADER, "STALE");
            metrics.counter(METRIC, STALE).inc();
            response.getOutputStream().write(stale.body());
            return;
        }
        if (capture.passedThrough) {
            return;
        }
        byte[] body = capture.body();
        String type = capture.getContentType();
        if (capture.getStatus() == HttpServletResponse.SC_OK && !capture.setsCookies && type != null
                && type.startsWith("text/html") && request.getSession(false) == null) {
            store.put(key, new PageStore.Page(generation, Instant.now(), type, body,
                    SecurityHeadersFilter.nonce(request).orElse(null)));
        }
        response.setHeader(HEADER, "MISS");
        metrics.counter(METRIC, MISS).inc();
        response.getOutputStream().write(body);
    }

    /** A stored page goes out with the policy for the nonce its scripts carry. */
    private static void serve(HttpServletRequest request, PageStore.Page page) {
        if (page.nonce() != null) {
            SecurityHeadersFilter.reuse(request, page.nonce());
        }
    }

    /** Keeps the page in memory; errors and redirects go straight through and are not kept. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        boolean passedThrough;
        boolean setsCookies;

        Capture(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            passedThrough = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            passedThrough = true;
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedThrough = true;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            setsCookies = true;
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            setsCookies |= "Set-Cookie".equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            setsCookies |= "Set-Cookie".equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (passedThrough) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, getCharacterEncoding()));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (passedThrough) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking output only");
                    }
                };
            }
            return stream;
        }

        @Override
        public void setContentLength(int length) {
            // the cache sets the length of what it sends
        }

        @Override
        public void setContentLengthLong(long length) {
            // the cache sets the length of what it sends
        }

        @Override
        public void flushBuffer() throws IOException {
            if (passedThrough) {
                super.flushBuffer();
            }
        }

        @Override
        public boolean isCommitted() {
            return passedThrough && super.isCommitted();
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            buffer.reset();
            super.reset();
        }
    }
}
