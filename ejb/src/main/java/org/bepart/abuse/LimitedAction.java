package org.bepart.abuse;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Logger;

/**
 * What is rate-limited, per client address and per recipient (the e-mail address a mail would go to). Each limit is a
 * setting, {@code bepart.rate-limit.<name>.per-client} and {@code .per-recipient}, such as {@code 20/1h}. A new
 * limited action (e.g. a contact form) is one more constant here.
 */
public enum LimitedAction {

    REGISTER("register", "20/1h", "5/1h"),
    PASSWORD_RESET("password-reset", "20/1h", "5/1h"),
    RESEND_VERIFICATION("resend-verification", "20/1h", "5/1h"),
    NEWSLETTER("newsletter", "20/1h", "5/1h"),
    CONTEST_ENTRY("contest-entry", "30/1h", "10/1h"),
    /** Questions, comments and replies on initiatives; the "recipient" is the writing account ({@code account-ID}). */
    DISCUSSION_POST("discussion-post", "60/1h", "20/1h"),
    /** Reports of posts to the moderators; the "recipient" is the reporting account ({@code account-ID}). */
    DISCUSSION_REPORT("discussion-report", "30/1h", "10/1h");

    private static final Logger LOG = Logger.getLogger(LimitedAction.class.getName());

    private final String settingName;
    private final String perClient;
    private final String perRecipient;

    LimitedAction(String settingName, String perClient, String perRecipient) {
        this.settingName = settingName;
        this.perClient = perClient;
        this.perRecipient = perRecipient;
    }

    /** The name in the settings' keys and in the counters' keys. */
    public String settingName() {
        return settingName;
    }

    public RateRule perClient() {
        return rule("per-client", perClient);
    }

    public RateRule perRecipient() {
        return rule("per-recipient", perRecipient);
    }

    private RateRule rule(String which, String fallback) {
        String key = "bepart.rate-limit." + settingName + "." + which;
        String configured = ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(fallback);
        try {
            return RateRule.parse(configured);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> key + " is not a rate such as 20/1h (" + configured + "); " + fallback + " applies");
            return RateRule.parse(fallback);
        }
    }
}
