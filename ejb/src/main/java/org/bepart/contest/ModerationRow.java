package org.bepart.contest;

import java.io.Serializable;
import java.time.Instant;

/**
 * An entry as editors see it: everything the participant sent, its moderation and the jury's average.
 *
 * @param senderBlocked whether its address belongs to an account an administrator blocked
 */
public record ModerationRow(long id, String participantName, int age, String email, String guardianName,
                            EntryCategory category, String title, MediaKind kind, String videoLink,
                            Instant submittedAt, Moderation moderation, String rejectionReason, Double average,
                            int scores, Integer place, int version, boolean senderBlocked) implements Serializable {

    public boolean isImage() {
        return kind == MediaKind.IMAGE;
    }
}
