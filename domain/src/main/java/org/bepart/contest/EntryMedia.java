package org.bepart.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.bepart.shared.Require;

/** The bytes of an entry's work (same id as the entry): a re-encoded image with its thumbnail, or a video file. */
@Entity
@Table(name = "contest_entry_media")
public class EntryMedia {

    @Id
    @Column(name = "entry_id")
    private Long entryId;

    @NotNull
    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @NotNull
    @Column(nullable = false)
    private byte[] content;

    /** Null for videos. */
    @Column
    private byte[] thumbnail;

    protected EntryMedia() {
    }

    public EntryMedia(Long entryId, String contentType, byte[] content, byte[] thumbnail) {
        this.entryId = Require.notNull(entryId, "entry id");
        this.contentType = Require.notBlank(contentType, "content type");
        this.content = Require.notNull(content, "content");
        this.thumbnail = thumbnail;
    }

    public Long getEntryId() {
        return entryId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public byte[] getThumbnail() {
        return thumbnail;
    }
}
