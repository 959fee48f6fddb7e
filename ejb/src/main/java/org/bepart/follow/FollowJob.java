package org.bepart.follow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.bepart.platform.BackgroundJob;
import org.bepart.platform.ClusterLocks;
import org.bepart.platform.JobProgress;
import org.bepart.platform.Periodic;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The background job of following, once per cluster (the lease {@value #LEASE}) every
 * {@code bepart.follow.check-seconds} (300) seconds: scheduled news items whose time came in the last day are told to their followers (nobody twice), then the
 * daily and weekly digests that are due are written ({@link FollowDigests}). On a server it runs once at a time
 * ({@link BackgroundJob}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FollowJob {

    static final String LEASE = "follow-digests";
    static final String PERIOD_KEY = "bepart.follow.check-seconds";

    private final BackgroundJob job = new BackgroundJob("Follow digests");

    @EJB
    private FollowDigests digests;

    @EJB
    private FollowFeed feed;

    @EJB
    private ClusterLocks locks;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private java.util.concurrent.ScheduledFuture<?> schedule;
    private Duration lease;

    @PostConstruct
    void start() {
        long seconds = Math.max(2, ConfigProvider.getConfig().getOptionalValue(PERIOD_KEY, Long.class).orElse(300L));
        lease = Duration.ofSeconds(seconds - 1);
        schedule = Periodic.every(scheduler, Duration.ofSeconds(seconds), "Follow digests", this::tick);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    void tick() {
        if (locks.lease(LEASE, lease)) {
            job.runOnce(() -> {
                scheduledNews();
                int mails = send(FollowDelivery.DAILY, false) + send(FollowDelivery.WEEKLY, false);
                job.completed(mails);
            });
        }
    }

    /**
     * Writes the digests of every account whose delivery is {@code delivery} and that has items waiting, due or not
     * (tests and a forced run); returns the mails written, or -1 when the job is running on this server already.
     */
    public int runDigests(FollowDelivery delivery) {
        AtomicInteger mails = new AtomicInteger(-1);
        job.runOnce(() -> {
            mails.set(send(delivery, true));
            job.completed(mails.get());
        });
        return mails.get();
    }

    public JobProgress progress() {
        return job.progress();
    }

    private int send(FollowDelivery delivery, boolean evenIfNotDue) {
        int mails = 0;
        for (long accountId : digests.waiting(delivery)) {
            if (digests.write(accountId, delivery, evenIfNotDue)) {
                mails++;
            }
        }
        return mails;
    }

    /** Scheduled news items public since a day are told to their followers (nobody twice). */
    private void scheduledNews() {
        digests.scheduledNews().forEach(feed::newsPublished);
    }
}
