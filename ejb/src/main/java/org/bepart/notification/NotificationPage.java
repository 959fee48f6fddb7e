package org.bepart.notification;

import java.io.Serializable;
import java.util.List;

/** One page of a person's notifications, the newest first. Pages count from 1. */
public record NotificationPage(List<NotificationView> items, long total, long unread, int page, int pageSize)
        implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
