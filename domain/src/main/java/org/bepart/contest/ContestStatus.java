package org.bepart.contest;

/** Whether the public sees a contest: editors prepare it as a draft, then publish it. */
public enum ContestStatus {
    DRAFT,
    PUBLISHED
}
