package org.bepart.notification;

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

/** One entry of a person's in-app list of notifications, already written in their language. */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.FIND_BY_RECIPIENT,
        query = "SELECT n FROM Notification n WHERE n.recipientId = :recipientId ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.COUNT_UNREAD,
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipientId AND n.readAt IS NULL")
@NamedQuery(name = Notification.MARK_ALL_READ, query =
        "UPDATE Notification n SET n.readAt = :now WHERE n.recipientId = :recipientId AND n.readAt IS NULL")
@NamedQuery(name = Notification.DELETE_BY_RECIPIENT,
        query = "DELETE FROM Notification n WHERE n.recipientId = :recipientId")
public class Notification {

    public static final String FIND_BY_RECIPIENT = "Notification.findByRecipient";
    public static final String COUNT_UNREAD = "Notification.countUnread";
    public static final String MARK_ALL_READ = "Notification.markAllRead";
    public static final String DELETE_BY_RECIPIENT = "Notification.deleteByRecipient";
    public static final int TEXT_MAX = 4000;
    public static final int LINK_MAX = 1000;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @NotNull
    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @NotNull @Size(max = TEXT_MAX)
    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    /** Where the notification leads, relative to the application (e.g. /account/initiatives/12). */
    @Size(max = LINK_MAX)
    @Column(length = LINK_MAX)
    private String link;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(Long recipientId, NotificationKind kind, String text, String link, Instant now) {
        this.recipientId = Require.notNull(recipientId, "recipient");
        this.kind = Require.notNull(kind, "kind");
        this.text = Require.maxLength(Require.notBlank(text, "text"), TEXT_MAX, "text");
        this.link = Require.optional(link, LINK_MAX, "link");
        this.createdAt = Require.notNull(now, "now");
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = Require.notNull(now, "now");
        }
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
