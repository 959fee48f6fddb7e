package org.bepart.web.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.notification.NotificationService;
import org.bepart.platform.DatabaseOutage;
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
            try {
                unread = currentUser.isSignedIn() ? notifications.unreadCount(currentUser.getId()) : 0L;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                unread = 0L; // the database is out of reach: the page shows without the count
            }
        }
        return unread;
    }
}
