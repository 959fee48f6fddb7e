package org.bepart.web.monitoring;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.io.IOException;
import java.time.Duration;

/**
 * Times every request by {@link PageType} ({@value #REQUESTS}: count and durations) and counts those answered with a
 * server error ({@value #ERRORS}), status 503 included (the database out of reach).
 */
@WebFilter(filterName = "RequestMetrics")
public class RequestMetrics extends HttpFilter {

    public static final String REQUESTS = "bepart.requests";
    public static final String ERRORS = "bepart.requests.errors";

    /** Durations in nanoseconds, which the Prometheus output gives in seconds. */
    private static final Metadata TIMER = Metadata.builder().withName(REQUESTS)
            .withDescription("Requests by page type and how long they took").withUnit(MetricUnits.NANOSECONDS).build();

    @Inject
    private MetricRegistry metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Tag page = new Tag("page", PageType.of(path).tag());
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = response.getStatus() >= 500;
        } finally {
            metrics.timer(TIMER, page).update(Duration.ofNanos(System.nanoTime() - start));
            if (failed) {
                metrics.counter(ERRORS, page).inc();
            }
        }
    }
}
