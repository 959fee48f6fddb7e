package org.bepart.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.bepart.shared.Require;

/** The bytes of an {@link Attachment} (same id): the re-encoded file and, for images, its thumbnail. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @NotNull
    @Column(nullable = false)
    private byte[] content;

    private byte[] thumbnail;

    protected AttachmentContent() {
    }

    public AttachmentContent(Long attachmentId, byte[] content, byte[] thumbnail) {
        this.attachmentId = Require.notNull(attachmentId, "attachment id");
        this.content = Require.notNull(content, "content");
        this.thumbnail = thumbnail;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public byte[] getContent() {
        return content;
    }

    /** The thumbnail of an image; null for documents. */
    public byte[] getThumbnail() {
        return thumbnail;
    }
}
