package org.bepart.media;

/** An uploaded image or document over its size limit; carries the limit so the page can name it. */
public class MediaTooLargeException extends MediaRejectedException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    /** {@code reason}: {@code imageTooLarge} or {@code documentTooLarge}. */
    MediaTooLargeException(String reason, long size, long maxBytes) {
        super(reason, size + " bytes > " + maxBytes);
        this.maxBytes = maxBytes;
    }

    public static MediaTooLargeException image(long size, long maxBytes) {
        return new MediaTooLargeException("imageTooLarge", size, maxBytes);
    }

    public static MediaTooLargeException document(long size, long maxBytes) {
        return new MediaTooLargeException("documentTooLarge", size, maxBytes);
    }

    public long getMaxBytes() {
        return maxBytes;
    }
}
