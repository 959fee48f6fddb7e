package org.bepart.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
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
import org.bepart.web.PublicUrl;
import org.bepart.web.headers.SecurityHeadersFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

/**
 * Renders the public pages that {@link CacheHits} did not find in the cache ({@link CachedPages.Miss}) and keeps them,
 * keyed by public address ({@link PublicUrl}: never an unlisted Host header), language and {@link PageAddress} (the
 * path and the parameters the page reads, in order: junk parameters neither reach the page nor make new entries),
 * until what they show changes ({@link org.bepart.platform.PublicContent}) or the time to live passes (5 minutes by
 * default: statistics and relative dates). While the database is out of reach, the last copy of a page is served
 * however old. Errors, redirects and responses that set cookies or create a session are never kept; a client's
 * {@code Cache-Control: no-cache} is no reason to render a page again. A stored page keeps the nonce of its scripts
 * and is served with the Content-Security-Policy for that nonce.
 */
@WebFilter(filterName = "PageCache")
public class PageCache extends HttpFilter {

    @Inject
    private CachedPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request.getAttribute(CachedPages.MISS) instanceof CachedPages.Miss miss)
                || request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        request.removeAttribute(CachedPages.MISS);
        try {
            render(request, response, chain, miss);
        } finally {
            pages.rendered(miss);
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                        CachedPages.Miss miss) throws IOException, ServletException {
        Capture capture = new Capture(response);
        try {
            chain.doFilter(new NormalisedRequest(request, miss.address()), capture);
        } catch (IOException | ServletException | RuntimeException e) {
            PageStore.Page stale = DatabaseOutage.isCause(e) ? pages.stale(miss.key()) : null;
            if (stale == null || response.isCommitted()) {
                throw e;
            }
            if (stale.nonce() != null) {
                SecurityHeadersFilter.reuse(request, stale.nonce());
            }
            pages.send(request, response, stale, "STALE", true);
            return;
        }
        if (capture.passedThrough) {
            return;
        }
        byte[] body = capture.body();
        String type = capture.getContentType();
        if (capture.getStatus() == HttpServletResponse.SC_OK && !capture.setsCookies && CachedPages.keepsType(type)
                && request.getSession(false) == null) {
            pages.send(request, response, pages.keep(miss, request, response, type, body), "MISS", false);
            return;
        }
        response.setHeader(CachedPages.HEADER, "MISS");
        response.getOutputStream().write(body);
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
