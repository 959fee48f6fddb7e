package org.bepart.web.headers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security headers of a response, from the {@code bepart.security.*} settings: a Content-Security-Policy whose
 * scripts need this response's nonce (no inline script runs without it), framing refused except below the listed
 * paths, no MIME sniffing, referrers cut to the origin across sites, browser features the site never uses turned
 * off, and HSTS when the public address is https. Depends on the JDK only: the demo's start-up page uses it too.
 */
public final class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";
    public static final String CSP_REPORT_ONLY = "Content-Security-Policy-Report-Only";

    public static final String POLICY_KEY = "bepart.security.content-security-policy";
    public static final String REPORT_ONLY_KEY = "bepart.security.content-security-policy-report-only";
    public static final String FRAMABLE_PATHS_KEY = "bepart.security.framable-paths";
    public static final String FRAME_ANCESTORS_KEY = "bepart.security.frame-ancestors";
    public static final String REFERRER_POLICY_KEY = "bepart.security.referrer-policy";
    public static final String PERMISSIONS_POLICY_KEY = "bepart.security.permissions-policy";
    public static final String HSTS_KEY = "bepart.security.strict-transport-security";
    /** The same keys as {@code PublicUrl.KEY} and {@code MapPage.TILES_KEY} (not referenced: JDK only here). */
    static final String PUBLIC_URL_KEY = "bepart.public-url";
    static final String TILES_KEY = "bepart.map.tile-url";
    static final String DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    static final String DEFAULT_REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String DEFAULT_PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "serial=(), usb=()";
    static final String DEFAULT_HSTS = "max-age=31536000";
    static final String DEFAULT_FRAME_ANCESTORS = "*";
    /** The embeddable widgets; every other page refuses to be framed. */
    static final String DEFAULT_FRAMABLE_PATHS = "/widget";

    /** A nonce as PrimeFaces makes them (Base64) or any other token; nothing that could end a header value. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]{16,128})'");

    private final List<String> directives;
    private final boolean reportOnly;
    private final List<String> framablePaths;
    private final String frameAncestors;
    private final String referrerPolicy;
    private final String permissionsPolicy;
    private final String hsts;
    private final boolean https;

    private SecurityHeaders(Function<String, Optional<String>> setting) {
        String tiles = setting.apply(TILES_KEY).orElse(DEFAULT_TILES);
        String policy = setting.apply(POLICY_KEY).map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> defaultPolicy(tiles));
        directives = directives(policy);
        reportOnly = setting.apply(REPORT_ONLY_KEY).map(s -> Boolean.parseBoolean(s.strip())).orElse(false);
        framablePaths = paths(setting.apply(FRAMABLE_PATHS_KEY).orElse(DEFAULT_FRAMABLE_PATHS));
        frameAncestors = headerValue(setting.apply(FRAME_ANCESTORS_KEY).orElse(DEFAULT_FRAME_ANCESTORS));
        referrerPolicy = headerValue(setting.apply(REFERRER_POLICY_KEY).orElse(DEFAULT_REFERRER_POLICY));
        permissionsPolicy = headerValue(setting.apply(PERMISSIONS_POLICY_KEY).orElse(DEFAULT_PERMISSIONS_POLICY));
        hsts = headerValue(setting.apply(HSTS_KEY).orElse(DEFAULT_HSTS));
        https = isHttps(setting.apply(PUBLIC_URL_KEY).orElse(""));
    }

    /** The headers as {@code setting} (a key to its value, empty when not set) configures them. */
    public static SecurityHeaders of(Function<String, Optional<String>> setting) {
        return new SecurityHeaders(setting);
    }

    /** The headers as environment variables configure them ({@code BEPART_SECURITY_…}), for the start-up page. */
    public static SecurityHeaders fromEnvironment() {
        return of(key -> Optional.ofNullable(System.getenv(environmentName(key))).filter(v -> !v.isBlank()));
    }

    /** The environment variable MicroProfile Config reads for {@code key}: capitals, other signs as {@code _}. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /**
     * The policy when {@value #POLICY_KEY} is not set: everything from the site itself, pictures also from the map's
     * tile server and {@code data:}/{@code blob:} URLs (Leaflet, the editor), inline styles (PrimeFaces and
     * Leaflet set them), no plugins, no {@code <base>}, forms only to the site.
     */
    static String defaultPolicy(String tileUrl) {
        String tiles = origin(tileUrl);
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:"
                + (tiles.isEmpty() ? "" : " " + tiles) + "; font-src 'self' data:; connect-src 'self'; "
                + "media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    }

    /**
     * The origin of a tile URL as a CSP source ({@code https://{s}.tile.example.org/…} as
     * {@code https://*.tile.example.org}); empty when there is none.
     */
    static String origin(String url) {
        String text = url == null ? "" : url.strip();
        int scheme = text.indexOf("://");
        if (scheme <= 0) {
            return "";
        }
        int end = text.indexOf('/', scheme + 3);
        String origin = (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
        origin = origin.replaceFirst("://\\{[a-z]+}\\.", "://*.");
        return origin.matches("https?://[a-z0-9*.:\\[\\]-]+") ? origin : "";
    }

    /** Directives separated by {@code ;}, blank ones and any frame-ancestors dropped (that one is ours). */
    private static List<String> directives(String policy) {
        List<String> list = new ArrayList<>();
        for (String part : headerValue(policy).split(";")) {
            String directive = part.strip().replaceAll("\\s+", " ");
            if (!directive.isEmpty() && !name(directive).equals("frame-ancestors")) {
                list.add(directive);
            }
        }
        return List.copyOf(list);
    }

    private static String name(String directive) {
        int space = directive.indexOf(' ');
        return (space < 0 ? directive : directive.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    /** Path prefixes, comma-separated, each made to start with {@code /} and end without one. */
    private static List<String> paths(String text) {
        List<String> paths = new ArrayList<>();
        for (String part : text.split(",")) {
            String path = part.strip();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (!path.isEmpty()) {
                paths.add(path.startsWith("/") ? path : "/" + path);
            }
        }
        return List.copyOf(paths);
    }

    /** A value as a header may carry it: line breaks and other controls become spaces. */
    private static String headerValue(String value) {
        return value.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private static boolean isHttps(String publicUrl) {
        return publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /** Whether the public address is https: then HSTS is sent and cookies are {@code Secure}. */
    public boolean https() {
        return https;
    }

    /** The name of the policy header: {@value #CSP}, or the report-only one while the policy is being tried out. */
    public String policyHeader() {
        return reportOnly ? CSP_REPORT_ONLY : CSP;
    }

    /**
     * Whether the page at {@code path} (below the context, decoded and normalised) may be shown in a frame of
     * another site: when it is one of the framable paths or below one.
     */
    public boolean framable(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        for (String prefix : framablePaths) {
            if (p.equals(prefix) || p.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The policy for the response at {@code path}: the configured directives, the nonce added to script-src (one
     * made from default-src's sources, or {@code 'self'}, when there is none), and frame-ancestors.
     */
    public String contentSecurityPolicy(String path, String nonce) {
        StringBuilder policy = new StringBuilder();
        boolean scripts = false;
        String defaults = "'self'";
        for (String directive : directives) {
            String name = name(directive);
            if (name.equals("default-src")) {
                defaults = directive.substring(name.length()).strip();
            }
            if (name.equals("script-src")) {
                scripts = true;
                directive = withNonce(directive, nonce);
            }
            policy.append(directive).append("; ");
        }
        if (!scripts) {
            policy.append(withNonce("script-src " + defaults, nonce)).append("; ");
        }
        return policy.append(frameAncestors(path)).toString();
    }

    private String frameAncestors(String path) {
        return "frame-ancestors " + (framable(path) ? frameAncestors : "'none'");
    }

    private static String withNonce(String directive, String nonce) {
        return nonce == null ? directive : directive + " 'nonce-" + nonce + "'";
    }

    /** Every security header of the response at {@code path}, whose inline scripts carry {@code nonce} (or none). */
    public Map<String, String> headers(String path, String nonce) {
        return headers(path, nonce, false);
    }

    /**
     * Every security header of the response at {@code path}; a PDF's policy says only who may frame it: Chromium
     * shows PDFs in a viewer that its own policy's object-src or default-src would block, and stored PDFs carry no
     * active content (they are cleaned when uploaded).
     */
    public Map<String, String> headers(String path, String nonce, boolean pdf) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(policyHeader(), pdf ? frameAncestors(path) : contentSecurityPolicy(path, nonce));
        if (!framable(path)) {
            headers.put("X-Frame-Options", "DENY");
        }
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", referrerPolicy);
        headers.put("Permissions-Policy", permissionsPolicy);
        if (https) {
            headers.put("Strict-Transport-Security", hsts);
        }
        return headers;
    }

    /** The nonce a policy header value names ({@code 'nonce-…'}), if any. */
    public static Optional<String> nonceIn(String policy) {
        if (policy == null) {
            return Optional.empty();
        }
        Matcher matcher = NONCE.matcher(policy);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
