package org.bepart.web.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.language.Language;
import org.bepart.platform.PublicContent;
import org.bepart.web.PublicUrl;
import org.bepart.web.diagnostics.SqlStatementsFilter;
import org.bepart.web.headers.SecurityHeadersFilter;
import org.bepart.web.i18n.LanguageFilter;
import org.bepart.web.i18n.ReaderLanguage;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * The cache of rendered public pages for readers without a session ({@link #answer} serves it, from the
 * virtual server, the authentication step or the first filter, {@link PageCache} fills it), and how a stored page goes out: with the headers it was rendered with, gzipped when the client takes it,
 * a strong {@code ETag} and {@code Last-Modified} answered with {@code 304}, a {@code Cache-Control} that lets a
 * proxy or CDN in front keep it for {@code bepart.page-cache.shared-max-age-seconds} (30; browsers revalidate), and
 * {@code Surrogate-Key}s naming what it shows, for proxies that purge by key.
 * Settings: {@code bepart.page-cache.max-mb} (64; 0 turns the cache off), {@code bepart.page-cache.ttl-seconds} (300).
 */
@ApplicationScoped
public class CachedPages {

    public static final String HEADER = "X-Cache";
    /** With diagnostics on: where a hit was answered ({@code host}, {@code authentication}, or {@code filter}). */
    public static final String STEP_HEADER = "X-Cache-Step";
    /** Metrics: pages served from the cache ({@code result=hit}, a {@code 304} included), their last copy during an
     * outage or while another reader's request renders them again ({@code stale}), or rendered ({@code miss}). */
    public static final String METRIC = "bepart.page.cache";
    /** Request attribute: the page to render and keep ({@link Miss}), set by {@link CacheHits}. */
    static final String MISS = CachedPages.class.getName() + ".miss";
    /** Request attribute: {@link #answer} looked at this request and did not answer it. */
    private static final String LOOKED = CachedPages.class.getName() + ".looked";
    /** Keys longer than this (a very long search) are neither looked up nor kept. */
    static final int MAX_KEY = 2000;
    /** Pages smaller than this go out as they are. */
    private static final int GZIP_FROM = 1024;
    /** Headers a page is not stored with: set for each answer, or by the cache itself. */
    private static final Set<String> NOT_STORED = Set.of("set-cookie", "date", "content-length", "content-type",
            "content-encoding", "transfer-encoding", "x-cache", "x-sql-statements", "vary", "etag", "last-modified",
            "cache-control", "pragma", "expires", "surrogate-key", "connection", "keep-alive");
    private static final Set<String> TYPES = Set.of("text/html", "application/rss+xml", "application/atom+xml",
            "application/xml", "text/xml");

    /** A page that was not in the cache: where it goes, what it shows, and the generation it is rendered for. */
    record Miss(String key, PageAddress address, long generation, Renders.Claim claim) {
    }

    @Inject
    private PublicContent content;

    @Inject
    private MetricRegistry metrics;

    private PageStore store;
    private final Renders renders = new Renders(Duration.ofSeconds(10), System::nanoTime);
    private String cacheControl;
    private boolean diagnostics;
    private Counter hits;
    private Counter misses;
    private Counter stale;

    @PostConstruct
    void init() {
        Config config = ConfigProvider.getConfig();
        long megabytes = config.getOptionalValue("bepart.page-cache.max-mb", Long.class).orElse(64L);
        long seconds = config.getOptionalValue("bepart.page-cache.ttl-seconds", Long.class).orElse(300L);
        long shared = config.getOptionalValue("bepart.page-cache.shared-max-age-seconds", Long.class).orElse(30L);
        store = megabytes > 0 ? new PageStore(megabytes * 1024 * 1024, Duration.ofSeconds(seconds)) : null;
        cacheControl = "public, max-age=0, must-revalidate, s-maxage=" + Math.max(0, shared);
        diagnostics = config.getOptionalValue(SqlStatementsFilter.KEY, Boolean.class).orElse(false);
        hits = metrics.counter(METRIC, new Tag("result", "hit"));
        misses = metrics.counter(METRIC, new Tag("result", "miss"));
        stale = metrics.counter(METRIC, new Tag("result", "stale"));
    }

    boolean enabled() {
        return store != null;
    }

    /**
     * Answers a reader without a session who asks for a public page that is in the cache, and says whether it did.
     * Otherwise a GET of a public page leaves the address to render and keep ({@link Miss}, which {@link PageCache}
     * renders); everyone else (signed-in people, forms, other addresses) is left untouched. Looks once per request:
     * asked again (by {@link CacheBeforeAuthentication} or {@link CacheHits} after {@link CacheAtTheHost}), it answers
     * no. {@code step} names
     * the caller, for {@link #STEP_HEADER}.
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response, String step) throws IOException {
        String method = request.getMethod();
        boolean get = "GET".equals(method);
        if (store == null || !get && !"HEAD".equals(method) || request.getAttribute(LOOKED) != null
                || hasSession(request)) {
            return false;
        }
        request.setAttribute(LOOKED, Boolean.TRUE);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PageAddress address = PageAddress.of(path, request.getParameterMap()).orElse(null);
        if (address == null) {
            return false;
        }
        Language language = LanguageFilter.choose(request, response);
        String query = address.query();
        String relative = address.path() + (query.isEmpty() ? "" : "?" + query);
        String key = PublicUrl.of(request) + ' ' + language.tag() + ' ' + relative;
        if (key.length() > MAX_KEY) {
            return false;
        }
        request.setAttribute(ReaderLanguage.PAGE_ADDRESS, relative);
        long generation = generation(address);
        PageStore.Page page = get(key, generation);
        if (page != null) {
            if (diagnostics) {
                response.setHeader(STEP_HEADER, step);
            }
            send(request, response, page, "HIT", true);
            return true;
        }
        if (get) {
            Renders.Claim claim = null;
            PageStore.Page last = store.stale(key);
            if (last != null) {
                claim = renders.claim(key);
                if (claim == null) {
                    // another reader renders it now: the last copy meanwhile
                    if (diagnostics) {
                        response.setHeader(STEP_HEADER, step);
                    }
                    send(request, response, last, "STALE", true);
                    return true;
                }
            }
            request.setAttribute(MISS, new Miss(key, address, generation, claim));
        }
        return false;
    }

    /** Whether the request belongs to a session that exists (signed in, or in the middle of a form). */
    private static boolean hasSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && request.getSession(false) != null;
    }

    /** The generation of what the page shows. */
    long generation(PageAddress address) {
        return content.generation(address.parts());
    }

    PageStore.Page get(String key, long generation) {
        return store.get(key, generation, Instant.now());
    }

    PageStore.Page stale(String key) {
        return store.stale(key);
    }

    /** The page of {@code miss} is rendered, or could not be: readers who find it outdated may render it again. */
    void rendered(Miss miss) {
        renders.release(miss.claim());
    }

    /** Whether a rendered answer of this type may be kept. */
    static boolean keepsType(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        return TYPES.contains(type);
    }

    /** Keeps what was rendered for {@code miss}, with the headers the response has now; returns the stored page. */
    PageStore.Page keep(Miss miss, HttpServletRequest request, HttpServletResponse response, String contentType,
                        byte[] body) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : new HashSet<>(response.getHeaderNames())) {
            if (!NOT_STORED.contains(name.toLowerCase(Locale.ROOT))) {
                Collection<String> values = response.getHeaders(name);
                values.forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        PageStore.Page page = new PageStore.Page(miss.generation(), Instant.now(), contentType, body,
                SecurityHeadersFilter.nonce(request).orElse(null), body.length < GZIP_FROM ? null : gzip(body),
                etag(body), List.copyOf(headers), surrogateKeys(miss.address()));
        store.put(miss.key(), page);
        return page;
    }

    /**
     * Sends {@code page}: its stored headers ({@code replay}: for an answer that was not rendered now), the cache's
     * own, and its bytes, gzipped when the client takes it, or {@code 304} when the client's copy is current.
     */
    void send(HttpServletRequest request, HttpServletResponse response, PageStore.Page page, String state,
              boolean replay) throws IOException {
        if (replay) {
            List<Map.Entry<String, String>> headers = page.headers();
            for (int i = 0; i < headers.size(); i++) {
                String name = headers.get(i).getKey();
                boolean repeated = false;
                for (int j = 0; j < i && !repeated; j++) {
                    repeated = headers.get(j).getKey().equalsIgnoreCase(name);
                }
                if (repeated) {
                    response.addHeader(name, headers.get(i).getValue());
                } else {
                    response.setHeader(name, headers.get(i).getValue());
                }
            }
        }
        if (diagnostics && "HIT".equals(state)) {
            response.setHeader(SqlStatementsFilter.HEADER, "0");
        }
        switch (state) {
            case "HIT" -> hits.inc();
            case "STALE" -> stale.inc();
            default -> misses.inc();
        }
        boolean gzip = page.gzip() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? page.etag().substring(0, page.etag().length() - 1) + "-gz\"" : page.etag();
        response.setContentType(page.contentType());
        response.setHeader(HEADER, state);
        response.addHeader("Vary", "Accept-Encoding");
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", page.storedAt().toEpochMilli());
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Surrogate-Key", page.surrogateKeys());
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = gzip ? page.gzip() : page.body();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /** Whether the client's copy is this page (its {@code If-None-Match} and {@code If-Modified-Since}). */
    private static boolean notModified(HttpServletRequest request, PageStore.Page page) {
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            since = -1;
        }
        return notModified(request.getHeader("If-None-Match"), since, page);
    }

    /**
     * Whether the client's copy is this page: {@code ifNoneMatch} names it (in either encoding), or, without one, it
     * is not older than {@code ifModifiedSince} (milliseconds; negative for none).
     */
    static boolean notModified(String ifNoneMatch, long ifModifiedSince, PageStore.Page page) {
        if (ifNoneMatch != null) {
            if (ifNoneMatch.length() > 2000) {
                return false;
            }
            String tag = page.etag().replace("\"", "");
            for (String candidate : ifNoneMatch.split(",")) {
                String value = candidate.strip();
                if (value.startsWith("W/")) {
                    value = value.substring(2);
                }
                value = value.replace("\"", "");
                if (value.equals("*") || value.equals(tag) || value.equals(tag + "-gz")) {
                    return true;
                }
            }
            return false;
        }
        return ifModifiedSince >= 0 && page.storedAt().toEpochMilli() / 1000 <= ifModifiedSince / 1000;
    }

    /** Whether {@code Accept-Encoding} takes gzip (not with {@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.length() > 500) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().replace(" ", "");
                    if (parameter.equals("q=0") || parameter.matches("q=0\\.0{1,3}")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The keys a proxy that purges by key can use: every page, the kinds of content it shows, and its path. */
    static String surrogateKeys(PageAddress address) {
        return "bepart " + address.parts().stream().sorted().map(p -> "bepart-" + p.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" ")) + (address.parts().isEmpty() ? "" : " ")
                + "bepart-path:" + address.path();
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192)) {
            zip.write(body);
        } catch (IOException e) {
            throw new IllegalStateException("gzip in memory failed", e);
        }
        return out.toByteArray();
    }

    /** A strong validator: a hash of the bytes. */
    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
