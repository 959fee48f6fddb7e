package org.bepart.audit;

/** What was done in the back office, as the audit trail records it. Stored by name: never rename a constant. */
public enum AuditAction {
    /** Editors: news items, contests and events. */
    CREATED,
    EDITED,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED,
    PINNED,
    UNPINNED,
    IMAGE_UPLOADED,
    /** Contests: an entry approved or rejected, the winners announced. */
    APPROVED,
    REJECTED,
    WINNERS_ANNOUNCED,
    /** The newsletter: a digest sent. */
    NEWSLETTER_SENT,
    /** The jury: a juror scored an entry (or changed the score). */
    JURY_SCORED,
    /** Reviews: the decisions on an initiative, and forwarding it to review (one, or several at once). */
    INITIATIVE_VALIDATED,
    INITIATIVE_CHANGES_REQUESTED,
    INITIATIVE_REJECTED,
    INITIATIVE_FORWARDED,
    BULK_FORWARDED,
    /** Administrators: the partner side of an initiative. */
    PARTNER_INVITED,
    PARTNER_REMOVED,
    /** Administrators: organisations. */
    ORGANISATION_EDITED,
    MEMBER_INVITED,
    MEMBER_INVITATION_REVOKED,
    /** Administrators: accounts. */
    ROLES_CHANGED,
    ACCOUNT_BLOCKED,
    ACCOUNT_UNBLOCKED,
    SESSIONS_ENDED,
    /** A person deleted their own account: only its id is kept. */
    ACCOUNT_DELETED,
    /** Administrators: the search index. */
    INDEX_REBUILT,
    /** Sign-ins of accounts holding a back-office role (reviewer, editor, administrator). */
    SIGNED_IN,
    SIGN_IN_FAILED,
    /** Administrators: imports of initiatives from a file (checked, started, and finished by the platform). */
    IMPORT_CHECKED,
    IMPORT_STARTED,
    IMPORT_FINISHED,
    /** Administrators: the managed lists (themes, tools, target groups). */
    TERM_ADDED,
    TERM_RENAMED,
    TERM_MOVED,
    TERM_RETIRED,
    TERM_RESTORED,
    TERMS_MERGED,
    /** Administrators: the badge of verified public authorities, and duplicates merged. */
    ORGANISATION_VERIFIED,
    ORGANISATION_UNVERIFIED,
    ORGANISATIONS_MERGED,
    /**
     * Moderators (reviewers, administrators): questions and answers. POST_HELD is the platform's (no actor): a post
     * waiting for approval.
     */
    POST_HELD,
    POST_APPROVED,
    POST_HIDDEN,
    POST_RESTORED,
    POST_REPORTS_DISMISSED;

    /** The actions of editors' work, which editors read in the trail. */
    public static final java.util.Set<AuditAction> EDITORIAL = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.range(CREATED, NEWSLETTER_SENT));
}
