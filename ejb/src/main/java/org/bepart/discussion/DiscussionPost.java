package org.bepart.discussion;

import org.bepart.language.Language;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A question, comment or reply as pages show it: its text cut into plain pieces and links, the author's name (null
 * once the account is gone), whether the initiative's team wrote it, and its replies (oldest first). A held post
 * ({@code held}) is shown to its author only, as waiting for moderation; a hidden one has no text, only the
 * moderator's {@code hiddenReason}.
 */
public record DiscussionPost(long id, PostKind kind, Language language, String text, List<PostText.Segment> segments,
                             Long authorId, String author, boolean team, Instant createdAt, Instant editedAt,
                             boolean held, String hiddenReason, List<DiscussionPost> replies) {

    /** Whether the initiative's team has answered it (with an answer readers see). */
    public boolean answered() {
        return replies.stream().anyMatch(r -> r.team() && r.shown());
    }

    public boolean edited() {
        return editedAt != null;
    }

    /** Hidden by a moderator: the page shows the reason in its place. */
    public boolean hidden() {
        return hiddenReason != null;
    }

    /** Neither held nor hidden. */
    public boolean shown() {
        return !held && hiddenReason == null;
    }

    /** Whether {@code accountId} may still edit it at {@code now}: its author, within the edit window, while shown. */
    public boolean editableBy(Long accountId, Instant now) {
        return shown() && accountId != null && Objects.equals(accountId, authorId)
                && !now.isAfter(createdAt.plus(InitiativePost.EDIT_WINDOW));
    }

    /** Whether {@code accountId} may report it: somebody signed in, not its author, while shown. */
    public boolean reportableBy(Long accountId) {
        return shown() && accountId != null && !Objects.equals(accountId, authorId);
    }
}
