package org.bepart.time;

import org.eclipse.microprofile.config.ConfigProvider;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * The institution's time zone ({@code bepart.time-zone}, environment variable {@code BEPART_TIME_ZONE}; default
 * Asia/Yerevan): editors schedule in it and readers see times of day in it.
 */
public final class InstitutionZone {

    public static final String KEY = "bepart.time-zone";
    public static final ZoneId DEFAULT = ZoneId.of("Asia/Yerevan");
    private static final Logger LOG = Logger.getLogger(InstitutionZone.class.getName());

    private InstitutionZone() {
    }

    public static ZoneId get() {
        String configured = ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse("");
        if (configured.isBlank()) {
            return DEFAULT;
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            LOG.warning(() -> KEY + "=" + configured + " is no time zone; using " + DEFAULT);
            return DEFAULT;
        }
    }
}
