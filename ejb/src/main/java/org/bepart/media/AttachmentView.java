package org.bepart.media;

import org.bepart.initiative.Attachment;
import org.bepart.initiative.AttachmentKind;

import java.io.Serializable;

/** An image or document as pages list it; the bytes are served at {@code /media/{id}}. */
public record AttachmentView(long id, AttachmentKind kind, String fileName, String contentType, long sizeBytes,
                             Integer width, Integer height, String caption) implements Serializable {

    public static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getId(), a.getKind(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
                a.getWidth(), a.getHeight(), a.getCaption());
    }

    public boolean isImage() {
        return kind == AttachmentKind.IMAGE;
    }

    /** Size in kilobytes, rounded up, for lists of documents. */
    public long kilobytes() {
        return (sizeBytes + 1023) / 1024;
    }
}
