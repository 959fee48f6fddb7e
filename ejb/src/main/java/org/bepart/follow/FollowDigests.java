package org.bepart.follow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.language.Language;
import org.bepart.news.NewsStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes follow digests, one account per transaction under the row lock of its setting: its waiting items, checked
 * again (only what readers still see is mailed), go into one mail in its language, and every item is marked mailed in
 * the same transaction as the mail enters the outbox. A second run, here or on another server, finds nothing waiting.
 */
@Stateless
public class FollowDigests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private FollowMailer mailer;

    /** The scheduled news items that became public in the last day (each run of the job looks at them again). */
    public List<Long> scheduledNews() {
        Instant now = clock.instant();
        return em.createQuery("SELECT n.id FROM NewsItem n WHERE n.status = :status AND n.publishAt > :after"
                        + " AND n.publishAt <= :until", Long.class).setParameter("status", NewsStatus.SCHEDULED)
                .setParameter("after", now.minus(Duration.ofDays(1))).setParameter("until", now).getResultList();
    }

    /** The accounts with items waiting whose delivery is {@code delivery}, in the order of their ids. */
    public List<Long> waiting(FollowDelivery delivery) {
        return em.createQuery("SELECT DISTINCT i.accountId FROM FollowItem i, FollowSetting s"
                        + " WHERE i.mailedAt IS NULL AND s.accountId = i.accountId AND s.delivery = :delivery"
                        + " ORDER BY i.accountId", Long.class)
                .setParameter("delivery", delivery).getResultList();
    }

    /**
     * Mails the account's digest when it is due ({@code evenIfNotDue}: at once) and its delivery still is
     * {@code delivery}; returns whether a mail was written.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean write(long accountId, FollowDelivery delivery, boolean evenIfNotDue) {
        Instant now = clock.instant();
        FollowSetting setting = em.find(FollowSetting.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (setting == null || setting.getDelivery() != delivery || !delivery.isDigest()
                || !evenIfNotDue && !setting.isDigestDue(now)) {
            return false;
        }
        Account account = em.find(Account.class, accountId);
        Language language = account.getLanguage();
        List<String> lines = new ArrayList<>();
        for (FollowItem item : em.createNamedQuery(FollowItem.PENDING, FollowItem.class)
                .setParameter("account", accountId).getResultList()) {
            FollowTexts.line(em, item, language, now).ifPresent(line -> lines.add(line.forMail()));
            item.mailed(now);
        }
        if (lines.isEmpty() || !account.isActive()) {
            return false;
        }
        mailer.mail(account, lines, delivery, now);
        setting.digestSent(now);
        return true;
    }
}
