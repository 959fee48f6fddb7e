package org.bepart.web.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.notification.NotificationService;
import org.bepart.web.security.CurrentUser;

/** {@code #{notificationsBadge.unread}}: the signed-in person's unread notifications, counted once per request. */
@Named
@RequestScoped
public class NotificationsBadge {

    @EJB
    private NotificationService notifications;

    @Inject
    private CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isSignedIn() ? notifications.unreadCount(currentUser.getId()) : 0L;
        }
        return unread;
    }
}
