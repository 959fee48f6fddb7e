package org.bepart.web.headers;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts the {@link SecurityHeaders} on every response of the application, error pages included. Faces pages get the
 * policy with the nonce PrimeFaces gives their scripts ({@code primefaces.CSP}): the policy header PrimeFaces adds
 * while rendering is replaced with ours, carrying that nonce. The nonce of a response is kept in the request
 * ({@link #nonce}), so that the page cache can serve a stored page with the nonce its scripts carry ({@link #reuse}).
 * A form sent back gets a nonce of the server's choosing ({@link PostbackNonce}).
 */
@WebFilter(filterName = "SecurityHeadersFilter")
public class SecurityHeadersFilter extends HttpFilter {

    private static final String ATTRIBUTE = SecurityHeadersFilter.class.getName();

    private SecurityHeaders headers;

    public SecurityHeadersFilter() {
    }

    /** A filter with these headers rather than the configured ones. */
    SecurityHeadersFilter(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public void init() {
        if (headers == null) {
            var config = ConfigProvider.getConfig();
            headers = SecurityHeaders.of(key -> config.getOptionalValue(key, String.class));
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PolicyResponse policed = new PolicyResponse(response, headers, path(request));
        policed.apply(null);
        request.setAttribute(ATTRIBUTE, policed);
        chain.doFilter(PostbackNonce.of(request), policed);
    }

    /**
     * The path below the context that was asked for, decoded and normalised as the container mapped it: that of the
     * request under any filter's wrapper (OmniFaces hands an extensionless page on as {@code /page.xhtml}).
     */
    private static String path(HttpServletRequest request) {
        HttpServletRequest asked = request;
        while (asked instanceof HttpServletRequestWrapper wrapper
                && wrapper.getRequest() instanceof HttpServletRequest inner) {
            asked = inner;
        }
        String path = asked.getServletPath() + (asked.getPathInfo() == null ? "" : asked.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }

    /** The nonce the scripts of this request's response carry, once known. */
    public static Optional<String> nonce(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof PolicyResponse p ? Optional.ofNullable(p.nonce)
                : Optional.empty();
    }

    /** Sends the policy for {@code nonce}: the nonce of a stored page served again. */
    public static void reuse(HttpServletRequest request, String nonce) {
        if (request.getAttribute(ATTRIBUTE) instanceof PolicyResponse p) {
            p.apply(nonce);
        }
    }

    /**
     * The response with our headers: a policy header set by anyone else only hands over its nonce; a PDF gets the
     * policy for PDFs.
     */
    private static final class PolicyResponse extends HttpServletResponseWrapper {

        private final SecurityHeaders headers;
        private final String path;
        private String nonce;
        private boolean pdf;

        PolicyResponse(HttpServletResponse response, SecurityHeaders headers, String path) {
            super(response);
            this.headers = headers;
            this.path = path;
        }

        void apply(String scriptNonce) {
            nonce = scriptNonce;
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (!response.isCommitted()) {
                headers.headers(path, nonce, pdf).forEach(response::setHeader);
            }
        }

        private void type(String contentType) {
            boolean isPdf = contentType != null
                    && contentType.strip().toLowerCase(Locale.ROOT).startsWith("application/pdf");
            if (isPdf != pdf) {
                pdf = isPdf;
                apply(nonce);
            }
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            type(type);
        }

        private static boolean isPolicy(String name) {
            return SecurityHeaders.CSP.equalsIgnoreCase(name) || SecurityHeaders.CSP_REPORT_ONLY.equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (isPolicy(name)) {
                apply(SecurityHeaders.nonceIn(value).orElse(nonce));
            } else {
                super.setHeader(name, value);
                if ("Content-Type".equalsIgnoreCase(name)) {
                    type(value);
                }
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (isPolicy(name)) {
                apply(SecurityHeaders.nonceIn(value).orElse(nonce));
            } else {
                super.addHeader(name, value);
                if ("Content-Type".equalsIgnoreCase(name)) {
                    type(value);
                }
            }
        }

        /** A reset (an error page replacing a half-rendered one) keeps the security headers. */
        @Override
        public void reset() {
            super.reset();
            apply(nonce);
        }
    }
}
