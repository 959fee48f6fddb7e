package org.bepart.web.monitoring;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times every request by {@link PageType} ({@value #REQUESTS}: count and durations) and counts those answered with a
 * server error ({@value #ERRORS}), status 503 included (the database out of reach). Pages answered from the page cache
 * are counted by the cache ({@code bepart.page.cache}): they are answered before this filter.
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

    /** The timer and error counter of each page type, looked up once. */
    private final Map<PageType, Timer> timers = new ConcurrentHashMap<>();
    private final Map<PageType, Counter> errors = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PageType type = PageType.of(request.getRequestURI().substring(request.getContextPath().length()));
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = response.getStatus() >= 500;
        } finally {
            timers.computeIfAbsent(type, t -> metrics.timer(TIMER, new Tag("page", t.tag())))
                    .update(Duration.ofNanos(System.nanoTime() - start));
            if (failed) {
                errors.computeIfAbsent(type, t -> metrics.counter(ERRORS, new Tag("page", t.tag()))).inc();
            }
        }
    }
}
