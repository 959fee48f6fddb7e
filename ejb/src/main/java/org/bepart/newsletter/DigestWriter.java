package org.bepart.newsletter;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.bepart.language.Language;
import org.bepart.notification.Outbox;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Writes one batch of a digest's mails in a transaction of its own. */
@Stateless
public class DigestWriter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Outbox outbox;

    @Inject
    private MetricRegistry metrics;

    /** Metrics: digest mails written into the outbox (counted as their batch is written). */
    public static final String MAILS_WRITTEN = "bepart.digest.mails.written";

    /** Ids of the digests not finished yet, oldest first. */
    public List<Long> unfinished() {
        return em.createNamedQuery(Digest.FIND_UNFINISHED, Long.class).getResultList();
    }

    /** Writes the mails of the next {@code size} subscribers; returns whether more may follow. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean writeBatch(long digestId, int size) {
        Digest digest = em.find(Digest.class, digestId, LockModeType.PESSIMISTIC_WRITE);
        if (digest == null || digest.isFinished()) {
            return false;
        }
        List<Subscriber> batch = em.createNamedQuery(Subscriber.FIND_RECIPIENTS, Subscriber.class)
                .setParameter("at", digest.getCreatedAt()).setParameter("after", digest.getLastSubscriberId())
                .setMaxResults(size).getResultList();
        Map<Language, DigestText> texts = new EnumMap<>(Language.class);
        long last = digest.getLastSubscriberId();
        for (Subscriber subscriber : batch) {
            DigestText text = texts.computeIfAbsent(subscriber.getLanguage(),
                    language -> DigestComposer.compose(em, digest.getNewsIds(), digest.getInitiativeIds(), language,
                            digest.getCreatedAt()));
            String unsubscribe = NewsletterService.unsubscribeLink(em, subscriber, clock.instant());
            outbox.sendToList(subscriber.getEmail(), text.subject(),
                    text.body().replace(DigestComposer.UNSUBSCRIBE_MARK, unsubscribe), unsubscribe);
            last = subscriber.getId();
        }
        digest.progressed(batch.size(), last);
        metrics.counter(MAILS_WRITTEN).inc(batch.size());
        if (batch.size() < size) {
            digest.finish(clock.instant());
            return false;
        }
        return true;
    }
}
