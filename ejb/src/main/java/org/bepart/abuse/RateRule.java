package org.bepart.abuse;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** At most {@code count} hits per {@code window}; written as in the settings, e.g. {@code 20/1h}, {@code 5/15m}. */
public record RateRule(int count, Duration window) {

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,6})\\s*([smhd])\\s*");

    public RateRule {
        if (count < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rule needs a count of at least 1 and a window: " + count + "/"
                    + window);
        }
    }

    /** {@code N/Tu}: N hits per T units (s, m, h or d). */
    public static RateRule parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a rate such as 20/1h: " + text);
        }
        long amount = Long.parseLong(m.group(2));
        Duration window = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return new RateRule(Integer.parseInt(m.group(1)), window);
    }
}
