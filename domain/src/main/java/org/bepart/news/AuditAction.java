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
    NEWSLETTER_SENT
}
