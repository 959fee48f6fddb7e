package org.bepart.discussion;

/** What a post is: a question or a comment opens a thread, a reply answers one (one level only). */
public enum PostKind {
    QUESTION,
    COMMENT,
    REPLY;

    /** Whether a post of this kind opens a thread. */
    public boolean opensThread() {
        return this != REPLY;
    }
}
