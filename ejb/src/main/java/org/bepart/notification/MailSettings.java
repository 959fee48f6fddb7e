package org.bepart.notification;

import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * The deployer's settings for mail: {@code bepart.mail.from} (sender address), {@code bepart.public-url} (the start
 * of every link in a mail), {@code bepart.mail.log} (also write each mail to the server log, for the demo) and
 * {@code bepart.mail.claim-seconds} (how long a sender holds a mail it is sending before another may try it: longer
 * than the mail session's timeouts of one attempt; 300 unless set).
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

    static final long DEFAULT_CLAIM_SECONDS = 300;
    private static final Logger LOG = Logger.getLogger(MailSettings.class.getName());

    /** How long a claim on a mail being sent holds (at least 10 seconds). */
    static Duration claim() {
        String value = value("bepart.mail.claim-seconds", Long.toString(DEFAULT_CLAIM_SECONDS));
        try {
            return Duration.ofSeconds(Math.max(10, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            LOG.warning(() -> "bepart.mail.claim-seconds is not a number of seconds (" + value + "); "
                    + DEFAULT_CLAIM_SECONDS + " applies");
            return Duration.ofSeconds(DEFAULT_CLAIM_SECONDS);
        }
    }

    static boolean logMails() {
        return Boolean.parseBoolean(value("bepart.mail.log", "false"));
    }

    private static String value(String key, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).filter(v -> !v.isBlank())
                .orElse(fallback);
    }
}
