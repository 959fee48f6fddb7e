package org.bepart.web.monitoring;

import java.util.regex.Pattern;

/** The kind of page a request path asks for, as the request metrics count them (a small fixed set of tags). */
public enum PageType {
    HOME, CATALOGUE, INITIATIVE, MAP, STATISTICS, NEWS, EVENTS, CONTESTS, ORGANISATIONS, NEWSLETTER, API, FEED,
    MEDIA, RESOURCE, ACCOUNT, ADMIN, HEALTH, OTHER;

    private static final Pattern INITIATIVE_PATH = Pattern.compile("/initiatives/[0-9].*");

    /** The tag value: the name in lower case. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type of a path below the context root. */
    public static PageType of(String path) {
        if (path == null || path.isEmpty() || path.equals("/") || path.equals("/index")) {
            return HOME;
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return RESOURCE;
        }
        if (path.endsWith(".rss") || path.endsWith(".atom") || path.endsWith(".ics") || path.equals("/sitemap.xml")) {
            return FEED;
        }
        if (path.startsWith("/api/") || path.startsWith("/openapi")) {
            return API;
        }
        if (path.equals("/initiatives") || path.equals("/initiatives/")) {
            return CATALOGUE;
        }
        if (INITIATIVE_PATH.matcher(path).matches()) {
            return INITIATIVE;
        }
        if (path.startsWith("/map")) {
            return MAP;
        }
        if (path.startsWith("/statistics")) {
            return STATISTICS;
        }
        if (path.startsWith("/news/images") || path.startsWith("/media/") || path.startsWith("/contests/media")) {
            return MEDIA;
        }
        if (path.startsWith("/newsletter")) {
            return NEWSLETTER;
        }
        if (path.startsWith("/news")) {
            return NEWS;
        }
        if (path.startsWith("/events")) {
            return EVENTS;
        }
        if (path.startsWith("/contests")) {
            return CONTESTS;
        }
        if (path.startsWith("/organisations")) {
            return ORGANISATIONS;
        }
        if (path.startsWith("/admin")) {
            return ADMIN;
        }
        if (path.startsWith("/account") || path.equals("/login") || path.equals("/logout") || path.equals("/sign-out")
                || path.equals("/register") || path.startsWith("/password") || path.startsWith("/verify")) {
            return ACCOUNT;
        }
        if (path.startsWith("/health") || path.startsWith("/metrics")) {
            return HEALTH;
        }
        return OTHER;
    }
}
