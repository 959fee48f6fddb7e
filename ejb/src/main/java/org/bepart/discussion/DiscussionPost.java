package org.bepart.discussion;

import org.bepart.language.Language;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A question, comment or reply as pages show it: its text cut into plain pieces and links, the author's name (null
 * once the account is gone), whether the initiative's team wrote it, and its replies (oldest first).
 */
public record DiscussionPost(long id, PostKind kind, Language language, String text, List<PostText.Segment> segments,
                             Long authorId, String author, boolean team, Instant createdAt, Instant editedAt,
                             List<DiscussionPost> replies) {

    /** Whether the initiative's team has answered it. */
    public boolean answered() {
        return replies.stream().anyMatch(DiscussionPost::team);
    }

    public boolean edited() {
        return editedAt != null;
    }

    /** Whether {@code accountId} may still edit it at {@code now}: its author, within the edit window. */
    public boolean editableBy(Long accountId, Instant now) {
        return accountId != null && Objects.equals(accountId, authorId)
                && !now.isAfter(createdAt.plus(InitiativePost.EDIT_WINDOW));
    }
}
