package org.bepart.web.notification;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.notification.NotificationPage;
import org.bepart.notification.NotificationService;
import org.bepart.notification.NotificationView;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.CurrentUser;

import java.io.Serializable;

/** /account/notifications?page=…: the newest first, unread ones marked; mark one or all as read. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient NotificationService notifications;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private int page = 1;
    private NotificationPage result;

    public void load() {
        try {
            result = notifications.list(currentUser.getId(), Math.max(1, page));
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public void markRead(NotificationView notification) {
        try {
            notifications.markRead(currentUser.getId(), notification.id());
            load();
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public void markAllRead() {
        try {
            notifications.markAllRead(currentUser.getId());
            messages.info("notifications.allRead");
            load();
        } catch (RuntimeException e) {
            messages.failure(e);
        }
    }

    public NotificationPage getResult() {
        return result;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
