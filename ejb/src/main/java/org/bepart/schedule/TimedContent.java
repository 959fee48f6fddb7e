package org.bepart.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.contest.Contest;
import org.bepart.contest.ContestStatus;
import org.bepart.event.Event;
import org.bepart.event.EventStatus;
import org.bepart.news.NewsItem;
import org.bepart.news.NewsStatus;
import org.bepart.platform.DatabaseOutage;
import org.bepart.platform.Periodic;
import org.bepart.platform.PublicContent;
import org.bepart.platform.PublicPart;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;

/**
 * Every {@code bepart.timed-content.seconds} (15) seconds, on every server, looks for content whose time came since
 * the last look — a scheduled news item now public, a contest opened or closed, an event begun or ended — and tells
 * the caches of public pages that show it ({@link PublicContent}). Read-only: each server looks for itself.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TimedContent {

    static final String PERIOD_KEY = "bepart.timed-content.seconds";
    private static final Logger LOG = Logger.getLogger(TimedContent.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PublicContent content;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Resource
    private SessionContext context;

    private volatile Instant since;
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        since = clock.instant();
        long seconds = ConfigProvider.getConfig().getOptionalValue(PERIOD_KEY, Long.class).orElse(15L);
        // Through the container: its entity manager works only inside an invocation of the bean.
        TimedContent self = context.getBusinessObject(TimedContent.class);
        task = Periodic.every(scheduler, Duration.ofSeconds(Math.max(1, seconds)), "Timed content", self::look);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    /** Tells the pages of each part whose content's time came in (since, now]. */
    public void look() {
        Instant now = clock.instant();
        try {
            if (count(NewsItem.COUNT_DUE_BETWEEN, "status", NewsStatus.SCHEDULED, now) > 0) {
                content.changed(PublicPart.NEWS);
            }
            if (count(Contest.COUNT_PHASE_CHANGES_BETWEEN, "status", ContestStatus.PUBLISHED, now) > 0) {
                content.changed(PublicPart.CONTESTS);
            }
            if (count(Event.COUNT_PHASE_CHANGES_BETWEEN, "status", EventStatus.PUBLISHED, now) > 0) {
                content.changed(PublicPart.EVENTS);
            }
            since = now;
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.fine("Database out of reach: timed content looked for at the next turn");
        }
    }

    private long count(String query, String name, Object status, Instant now) {
        return em.createNamedQuery(query, Long.class).setParameter(name, status).setParameter("after", since)
                .setParameter("until", now).getSingleResult();
    }
}
