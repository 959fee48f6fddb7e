package org.bepart.account;

/**
 * What an account may do. The names are the security groups and roles of the application (Jakarta Security); an
 * account may hold several.
 */
public enum Role {
    /** Submits initiatives for the organisations it belongs to, and answers as their partner. */
    CONTRIBUTOR,
    /** Reviews initiatives against the Code of Good Practice and decides on them. */
    REVIEWER,
    /** Publishes news, announcements, contests and events. */
    EDITOR,
    /** Manages accounts, organisations, partners, taxonomies and settings; may also review. */
    ADMINISTRATOR,
    /** Translates public initiatives into the languages it chose, from the queue of readers' requests. */
    TRANSLATOR;

    public static final String CONTRIBUTOR_NAME = "CONTRIBUTOR";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String ADMINISTRATOR_NAME = "ADMINISTRATOR";
    public static final String TRANSLATOR_NAME = "TRANSLATOR";
}
