package org.bepart.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The address the public reaches the platform at, for absolute links (canonical and alternate links, OpenGraph,
 * feeds, sitemap, API): the {@code bepart.public-url} setting; without it, the request's {@code Host} when it is on
 * the allow-list {@code bepart.allowed-hosts}, else the first host of that list. A Host header that is not listed
 * never reaches a page, so a cached page cannot be poisoned with it.
 */
public final class PublicUrl {

    public static final String KEY = "bepart.public-url";
    public static final String ALLOWED_HOSTS = "bepart.allowed-hosts";
    /** Enough for a server reached on this machine (the demo, tests); real servers set one of the two settings. */
    static final String DEFAULT_HOSTS = "localhost, 127.0.0.1, [::1]";
    /** Names reached straight on the server's own port, not through a proxy on the default one. */
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

    private PublicUrl() {
    }

    /** The settings, read once. */
    private static final class Settings {
        static final String CONFIGURED;
        static final String HOSTS;

        static {
            Config config = ConfigProvider.getConfig();
            CONFIGURED = stripSlashes(config.getOptionalValue(KEY, String.class).orElse("").strip());
            HOSTS = config.getOptionalValue(ALLOWED_HOSTS, String.class).orElse(DEFAULT_HOSTS);
        }
    }

    /** The last answer worked out from a request (nearly every request names the same host). */
    private record Last(String scheme, String hostHeader, int localPort, String contextPath, String url) {
    }

    private static volatile Last last;

    /** Scheme, host, port when not the default, and context path; no trailing slash. */
    public static String of(HttpServletRequest request) {
        if (!Settings.CONFIGURED.isEmpty()) {
            return Settings.CONFIGURED;
        }
        String scheme = request.getScheme();
        String host = request.getHeader("Host");
        int port = request.getLocalPort();
        String context = request.getContextPath();
        Last known = last;
        if (known != null && known.localPort() == port && Objects.equals(known.scheme(), scheme)
                && Objects.equals(known.hostHeader(), host) && known.contextPath().equals(context)) {
            return known.url();
        }
        String url = origin(scheme, host, port, Settings.HOSTS) + context;
        last = new Last(scheme, host, port, context, url);
        return url;
    }

    /**
     * {@code scheme://host[:port]} from the Host header when an entry of {@code allowedHosts} (comma separated,
     * {@code name} or {@code name:port}) takes it, else from the first entry. An entry without port takes the name
     * without port, on the scheme's default port or on the port the request came in at ({@code localPort}); as the
     * fallback it stands for the default port (a proxy in front), or for {@code localPort} on a loopback name.
     */
    static String origin(String scheme, String hostHeader, int localPort, String allowedHosts) {
        String lowerScheme = scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT);
        int defaultPort = "https".equals(lowerScheme) ? 443 : 80;
        List<Host> allowed = new ArrayList<>();
        for (String entry : allowedHosts == null ? new String[0] : allowedHosts.split(",")) {
            parse(entry.strip()).ifPresent(allowed::add);
        }
        if (allowed.isEmpty()) {
            allowed.add(new Host("localhost", -1));
        }
        Optional<Host> asked = hostHeader == null ? Optional.empty() : parse(hostHeader.strip());
        if (asked.isPresent()) {
            Host host = asked.get();
            for (Host entry : allowed) {
                boolean port = entry.port() == -1
                        ? host.port() == -1 || host.port() == localPort || host.port() == defaultPort
                        : host.port() == entry.port() || host.port() == -1 && entry.port() == defaultPort;
                if (entry.name().equals(host.name()) && port) {
                    return lowerScheme + "://" + host.name() + portPart(host.port(), defaultPort);
                }
            }
        }
        Host first = allowed.get(0);
        int port = first.port() != -1 ? first.port() : LOOPBACK.contains(first.name()) ? localPort : defaultPort;
        return lowerScheme + "://" + first.name() + portPart(port, defaultPort);
    }

    private record Host(String name, int port) {
    }

    /** {@code name} or {@code name:port} (IPv6 in brackets), nothing else; the name in lower case. */
    private static Optional<Host> parse(String value) {
        if (value.isEmpty() || value.length() > 300) {
            return Optional.empty();
        }
        try {
            URI uri = new URI("http://" + value);
            if (uri.getHost() == null || uri.getRawUserInfo() != null || !uri.getRawPath().isEmpty()
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(new Host(uri.getHost().toLowerCase(Locale.ROOT), uri.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String portPart(int port, int defaultPort) {
        return port <= 0 || port == defaultPort ? "" : ":" + port;
    }

    private static String stripSlashes(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(0, end);
    }
}
