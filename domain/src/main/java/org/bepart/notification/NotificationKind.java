package org.bepart.notification;

/** Why somebody is told something; each has a bundle text {@code NotificationKind.NAME} with placeholders. */
public enum NotificationKind {
    PARTNER_INVITED,
    PARTNER_JOINED,
    STATUS_CHANGED,
    REVIEWER_MESSAGE,
    /** A question or comment on an initiative, for its team. */
    DISCUSSION_POST,
    /** The team's answer to a question or comment, for its author. */
    DISCUSSION_ANSWER,
    /** Something an account follows: a validated initiative, a status change, a news item of a theme. */
    FOLLOWED,
    /** A reader asked for an initiative in a language, for the translators of that language. */
    TRANSLATION_REQUESTED
}
