package org.bepart.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The first filter of every request: answers a reader without a session from the cache ({@link CachedPages#answer})
 * when {@link CacheBeforeAuthentication} did not look already, and otherwise goes on (with the page to render and
 * keep, for a public page).
 */
@WebFilter(filterName = "CacheHits")
public class CacheHits extends HttpFilter {

    @Inject
    private CachedPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!pages.answer(request, response, "filter")) {
            chain.doFilter(request, response);
        }
    }
}
