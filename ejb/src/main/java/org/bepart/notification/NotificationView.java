package org.bepart.notification;

import java.io.Serializable;
import java.time.Instant;

/** One notification as the list shows it. {@code link} is relative to the application (e.g. /account/…). */
public record NotificationView(long id, NotificationKind kind, String text, String link, Instant createdAt,
                               boolean read) implements Serializable {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getText(), n.getLink(), n.getCreatedAt(), n.isRead());
    }
}
