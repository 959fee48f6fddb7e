package org.bepart.follow;

/** What happened to something followed; each has bundle texts {@code FollowItemKind.NAME}. */
public enum FollowItemKind {
    /** An initiative was validated (its subject: the initiative). */
    VALIDATED,
    /** A followed initiative's status changed (the initiative). */
    STATUS,
    /** A news item was published with a followed theme among its tags (the news item). */
    NEWS,
    /** The team answered a question or comment on a followed initiative (the answer, a post). */
    ANSWER
}
