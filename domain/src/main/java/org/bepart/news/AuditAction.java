package org.bepart.news;

/** What an editor did, as the audit trail records it. */
public enum AuditAction {
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
    NEWSLETTER_SENT
}
