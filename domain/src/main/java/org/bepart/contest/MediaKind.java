package org.bepart.contest;

/** What an entry carries: exactly one image, one link to a video host, or one video file. */
public enum MediaKind {
    IMAGE,
    VIDEO_LINK,
    VIDEO_FILE
}
