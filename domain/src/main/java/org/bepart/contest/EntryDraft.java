package org.bepart.contest;

/**
 * What a participant sends, before the contest admits it: who, how old, how to reach them, which category and title,
 * the guardian's consent for minors, and the work (an image, a video link or a video file: exactly one).
 *
 * @param image     whether an image file was sent
 * @param videoLink the address of a video on an allowed host, or null
 * @param videoFile whether a video file was sent
 */
public record EntryDraft(String participantName, Integer age, String email, EntryCategory category, String title,
                         boolean guardianConsent, String guardianName, boolean image, String videoLink,
                         boolean videoFile) {
}
