package org.bepart.discussion;

/** Why somebody reports a post to the moderators: a short list, with an optional note. Stored by name. */
public enum ReportReason {
    SPAM,
    ABUSIVE,
    PERSONAL_DATA,
    OFF_TOPIC,
    MISLEADING,
    OTHER
}
