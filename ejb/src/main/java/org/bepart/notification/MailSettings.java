package org.bepart.notification;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The deployer's settings for mail: {@code bepart.mail.from} (sender address), {@code bepart.public-url} (the start
 * of every link in a mail) and {@code bepart.mail.log} (also write each mail to the server log, for the demo).
 */
public final class MailSettings {

    public static final String JNDI_NAME = "mail/bepart";
    static final String DEFAULT_FROM = "noreply@bepart.localhost";
    static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

    private MailSettings() {
    }

    public static String from() {
        return value("bepart.mail.from", DEFAULT_FROM);
    }

    /** The public address without a trailing slash, e.g. https://bepart.example.org. */
    public static String publicUrl() {
        return value("bepart.public-url", DEFAULT_PUBLIC_URL).replaceAll("/+$", "");
    }

    /** {@code path} (starting with /) as an absolute link. */
    public static String link(String path) {
        return publicUrl() + path;
    }

    static boolean logMails() {
        return Boolean.parseBoolean(value("bepart.mail.log", "false"));
    }

    private static String value(String key, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).filter(v -> !v.isBlank())
                .orElse(fallback);
    }
}
