package org.bepart.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Cross-site request forgery check for plain forms of public pages (no session, hence no token): a POST is accepted
 * when its {@code Origin} header (or, without one, its {@code Referer}) names this site: the host the request was sent
 * to, or that of {@code bepart.public-url} behind a proxy. Browsers send one of them with every form; a request with
 * neither, or with the opaque origin {@code null}, is refused.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean allows(HttpServletRequest request) {
        return allows(request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Host"),
                ConfigProvider.getConfig().getOptionalValue("bepart.public-url", String.class).orElse(null));
    }

    /** The rule on the headers' values; {@code publicUrl} may be null. */
    static boolean allows(String origin, String referer, String host, String publicUrl) {
        String source = origin != null ? origin : referer;
        Optional<String> from = authority(source);
        if (from.isEmpty()) {
            return false;
        }
        return from.get().equals(normalised(host)) || authority(publicUrl).map(from.get()::equals).orElse(false);
    }

    /** {@code host[:port]} of an absolute http(s) address, lower case, without the scheme's default port. */
    static Optional<String> authority(String address) {
        if (address == null || address.isBlank() || "null".equals(address.strip())) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean usual = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT) + (usual ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String normalised(String host) {
        if (host == null) {
            return "";
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
    }
}
