package org.bepart.discussion;

/**
 * CDI event fired inside the transaction that saved a question, comment or reply: observers tell the initiative's
 * team of a post by somebody else, and the author of a question or comment of the team's answer.
 */
public record PostAdded(long postId) {
}
