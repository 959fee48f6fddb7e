package org.bepart.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address the public reaches the platform at, for absolute links (sitemap, API, alternate languages): the
 * {@code bepart.public-url} setting when the server sits behind a proxy, else what the request says.
 */
public final class PublicUrl {

    public static final String KEY = "bepart.public-url";

    private PublicUrl() {
    }

    /** Scheme, host, port when not the default, and context path; no trailing slash. */
    public static String of(HttpServletRequest request) {
        String configured = ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse("");
        if (!configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
