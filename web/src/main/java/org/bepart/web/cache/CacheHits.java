package org.bepart.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.language.Language;
import org.bepart.web.PublicUrl;
import org.bepart.web.i18n.LanguageFilter;
import org.bepart.web.i18n.ReaderLanguage;

import java.io.IOException;

/**
 * The first filter of every request: a reader without a session who asks for a public page that is in the cache gets
 * it from here, before any other filter runs ({@link CachedPages#send}). Other readers of public pages go on with
 * the address of the page to render and keep ({@link CachedPages.Miss}, which {@link PageCache} renders); everyone
 * else (signed-in people, forms, other addresses) goes on untouched.
 */
@WebFilter(filterName = "CacheHits")
public class CacheHits extends HttpFilter {

    @Inject
    private CachedPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean get = "GET".equals(method);
        if (!pages.enabled() || !get && !"HEAD".equals(method) || hasSession(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PageAddress address = PageAddress.of(path, request.getParameterMap()).orElse(null);
        if (address == null) {
            chain.doFilter(request, response);
            return;
        }
        Language language = LanguageFilter.choose(request, response);
        String query = address.query();
        String relative = address.path() + (query.isEmpty() ? "" : "?" + query);
        String key = PublicUrl.of(request) + ' ' + language.tag() + ' ' + relative;
        if (key.length() > CachedPages.MAX_KEY) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(ReaderLanguage.PAGE_ADDRESS, relative);
        long generation = pages.generation(address);
        PageStore.Page page = pages.get(key, generation);
        if (page != null) {
            pages.send(request, response, page, "HIT", true);
            return;
        }
        if (get) {
            request.setAttribute(CachedPages.MISS, new CachedPages.Miss(key, address, generation));
        }
        chain.doFilter(request, response);
    }

    /** Whether the request belongs to a session that exists (signed in, or in the middle of a form). */
    private static boolean hasSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && request.getSession(false) != null;
    }
}
