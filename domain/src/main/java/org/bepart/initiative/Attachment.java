package org.bepart.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * An image or PDF document of an initiative: what is known about the file. The bytes live in
 * {@link AttachmentContent}, so that listing attachments never loads them.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(name = Attachment.FIND_BY_INITIATIVE,
        query = "SELECT a FROM Attachment a WHERE a.initiative = :initiative ORDER BY a.kind, a.position, a.id")
public class Attachment {

    public static final String FIND_BY_INITIATIVE = "Attachment.findByInitiative";
    public static final int FILE_NAME_MAX = 200;
    public static final int CAPTION_MAX = 300;
    public static final int CONTENT_TYPE_MAX = 60;

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id", nullable = false)
    private Initiative initiative;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttachmentKind kind;

    @NotNull @Size(max = FILE_NAME_MAX)
    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    /** The type of the stored bytes, found from the content (never from the name). */
    @NotNull @Size(max = CONTENT_TYPE_MAX)
    @Column(name = "content_type", nullable = false, length = CONTENT_TYPE_MAX)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    private Integer width;

    private Integer height;

    @Size(max = CAPTION_MAX)
    @Column(length = CAPTION_MAX)
    private String caption;

    @Column(nullable = false)
    private int position;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(Initiative initiative, AttachmentKind kind, String fileName, String contentType,
                      long sizeBytes, Integer width, Integer height, String caption, int position, Instant now) {
        this.initiative = Require.notNull(initiative, "initiative");
        this.kind = Require.notNull(kind, "kind");
        this.fileName = Require.maxLength(Require.notBlank(fileName, "file name"), FILE_NAME_MAX, "file name");
        this.contentType = Require.notBlank(contentType, "content type");
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.caption = Require.optional(caption, CAPTION_MAX, "caption");
        this.position = position;
        this.createdAt = Require.notNull(now, "now");
    }

    public void recaption(String caption) {
        this.caption = Require.optional(caption, CAPTION_MAX, "caption");
    }

    public Long getId() {
        return id;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public AttachmentKind getKind() {
        return kind;
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

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getCaption() {
        return caption;
    }

    public int getPosition() {
        return position;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
