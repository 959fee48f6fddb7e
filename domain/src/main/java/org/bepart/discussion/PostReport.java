package org.bepart.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.time.Instant;

/**
 * Somebody signed in reports a shown post to the moderators, once per account and post, with a reason from a short
 * list and an optional note. Open until a moderator hides the post or dismisses its reports.
 */
@Entity
@Table(name = "post_report")
@NamedQuery(name = PostReport.COUNT_BY_REPORTER, query = "SELECT COUNT(r) FROM PostReport r"
        + " WHERE r.postId = :post AND r.reporterId = :reporter")
@NamedQuery(name = PostReport.FIND_BY_POSTS, query = "SELECT r FROM PostReport r WHERE r.postId IN :posts"
        + " ORDER BY r.createdAt, r.id")
@NamedQuery(name = PostReport.FIND_OPEN_BY_POST, query = "SELECT r FROM PostReport r WHERE r.postId = :post"
        + " AND r.resolvedAt IS NULL")
public class PostReport {

    /** How many reports {@code :reporter} made of {@code :post} (0 or 1). */
    public static final String COUNT_BY_REPORTER = "PostReport.countByReporter";
    /** The reports of the posts {@code :posts}, oldest first. */
    public static final String FIND_BY_POSTS = "PostReport.findByPosts";
    /** The open reports of {@code :post}. */
    public static final String FIND_OPEN_BY_POST = "PostReport.findOpenByPost";

    public static final int NOTE_MAX = 500;

    @Id
    @SequenceGenerator(name = "post_report_seq", sequenceName = "post_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_report_seq")
    private Long id;

    @NotNull
    @Column(name = "post_id", nullable = false, updatable = false)
    private Long postId;

    /** Null once the reporter's account is gone. */
    @Column(name = "reporter_id", updatable = false)
    private Long reporterId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReportReason reason;

    @Size(max = NOTE_MAX)
    @Column(length = NOTE_MAX, updatable = false)
    private String note;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected PostReport() {
    }

    /** A report of {@code postId} by {@code reporterId}; the note is optional, plain text of at most 500 characters. */
    public PostReport(long postId, long reporterId, ReportReason reason, String note, Instant now) {
        String cleaned = note == null ? "" : note.replace("\r\n", "\n").strip();
        if (cleaned.length() > NOTE_MAX || cleaned.codePoints().anyMatch(c -> Character.isISOControl(c)
                && c != '\n' && c != '\t')) {
            throw new DiscussionException("discussion.error.reportNote", cleaned.length() + " characters");
        }
        this.postId = postId;
        this.reporterId = reporterId;
        this.reason = Require.notNull(reason, "reason");
        this.note = cleaned.isEmpty() ? null : cleaned;
        this.createdAt = Require.notNull(now, "now");
    }

    /** A moderator dealt with it (hid the post or dismissed the reports). */
    public void resolve(Instant now) {
        if (resolvedAt == null) {
            resolvedAt = Require.notNull(now, "now");
        }
    }

    public Long getId() {
        return id;
    }

    public Long getPostId() {
        return postId;
    }

    public Long getReporterId() {
        return reporterId;
    }

    public ReportReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
