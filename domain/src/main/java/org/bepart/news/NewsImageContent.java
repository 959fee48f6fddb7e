package org.bepart.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.bepart.shared.Require;

/** The bytes of a {@link NewsImage} (same id): the re-encoded image and its thumbnail. */
@Entity
@Table(name = "news_image_content")
public class NewsImageContent {

    @Id
    @Column(name = "image_id")
    private Long imageId;

    @NotNull
    @Column(nullable = false)
    private byte[] content;

    @NotNull
    @Column(nullable = false)
    private byte[] thumbnail;

    protected NewsImageContent() {
    }

    public NewsImageContent(Long imageId, byte[] content, byte[] thumbnail) {
        this.imageId = Require.notNull(imageId, "image id");
        this.content = Require.notNull(content, "content");
        this.thumbnail = Require.notNull(thumbnail, "thumbnail");
    }

    public Long getImageId() {
        return imageId;
    }

    public byte[] getContent() {
        return content;
    }

    public byte[] getThumbnail() {
        return thumbnail;
    }
}
