package org.bepart.web.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.review.QueueFilter;
import org.bepart.review.ReviewService;
import org.bepart.web.security.CurrentUser;

import java.util.List;
import java.util.Map;

/** Backs {@code admin.xhtml}, the back office's home: how many initiatives are in each status, with links. */
@Named
@RequestScoped
public class AdminPage {

    @EJB
    private ReviewService reviews;

    @Inject
    private CurrentUser currentUser;

    private Map<InitiativeStatus, Long> counts;

    /** A status, its count, and the queue's address for it. */
    public record StatusCount(InitiativeStatus status, long count, String url) {
    }

    private Map<InitiativeStatus, Long> counts() {
        if (counts == null) {
            counts = reviews.counts(currentUser.getId());
        }
        return counts;
    }

    public List<StatusCount> getStatuses() {
        return counts().entrySet().stream()
                .map(e -> new StatusCount(e.getKey(), e.getValue(), "/admin/queue?status=" + e.getKey().code()))
                .toList();
    }

    /** Initiatives waiting to be forwarded or decided. */
    public long getToDo() {
        return QueueFilter.TO_DO.stream().mapToLong(s -> counts().getOrDefault(s, 0L)).sum();
    }
}
