package org.bepart.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.bepart.platform.Access;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;

/** A person's in-app notifications: the list, the unread count, marking read. Each sees only their own. */
@Stateless
public class NotificationService {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public NotificationPage list(@NotNull Long actorId, @Min(1) int page) {
        Long id = Access.actor(em, actorId).getId();
        long total = em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipientId",
                Long.class).setParameter("recipientId", id).getSingleResult();
        var items = em.createNamedQuery(Notification.FIND_BY_RECIPIENT, Notification.class)
                .setParameter("recipientId", id).setFirstResult((page - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultStream().map(NotificationView::of).toList();
        return new NotificationPage(items, total, count(id), page, PAGE_SIZE);
    }

    /** Unread notifications of the account; 0 for a visitor or an account that may not sign in. */
    public long unreadCount(Long actorId) {
        return actorId == null ? 0 : count(actorId);
    }

    public void markRead(@NotNull Long actorId, long notificationId) {
        Long id = Access.actor(em, actorId).getId();
        Notification notification = em.find(Notification.class, notificationId);
        if (notification == null || !notification.getRecipientId().equals(id)) {
            throw new NotFoundException("no notification " + notificationId + " for account " + id);
        }
        notification.markRead(clock.instant());
    }

    public void markAllRead(@NotNull Long actorId) {
        Long id = Access.actor(em, actorId).getId();
        Instant now = clock.instant();
        em.createQuery("SELECT n FROM Notification n WHERE n.recipientId = :recipientId AND n.readAt IS NULL",
                Notification.class).setParameter("recipientId", id).getResultList().forEach(n -> n.markRead(now));
    }

    private long count(long recipientId) {
        return em.createNamedQuery(Notification.COUNT_UNREAD, Long.class).setParameter("recipientId", recipientId)
                .getSingleResult();
    }
}
