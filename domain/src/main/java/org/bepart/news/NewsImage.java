package org.bepart.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * An image of the editors' library: uploaded once, re-encoded, usable as cover or inside the body of any news item.
 * Its bytes live in {@link NewsImageContent} (same id) so that lists never load them.
 */
@Entity
@Table(name = "news_image")
@NamedQuery(name = NewsImage.FIND_ALL, query = "SELECT i FROM NewsImage i ORDER BY i.createdAt DESC, i.id DESC")
public class NewsImage {

    public static final String FIND_ALL = "NewsImage.findAll";
    public static final int FILE_NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "news_image_seq", sequenceName = "news_image_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_image_seq")
    private Long id;

    @NotBlank @Size(max = FILE_NAME_MAX)
    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @NotBlank
    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NewsImage() {
    }

    public NewsImage(String fileName, String contentType, long sizeBytes, int width, int height, Account uploader,
                     Instant now) {
        String name = Require.notBlank(fileName, "file name");
        this.fileName = name.length() > FILE_NAME_MAX ? name.substring(name.length() - FILE_NAME_MAX) : name;
        this.contentType = Require.notBlank(contentType, "content type");
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.uploadedBy = uploader == null ? null : uploader.getId();
        this.createdAt = Require.notNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
