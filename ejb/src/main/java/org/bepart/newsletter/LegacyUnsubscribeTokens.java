package org.bepart.newsletter;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Unsubscribe tokens stored as they are by versions before V10 (one per subscriber, in mails already sent) become
 * hashes at start-up, so that the links of those mails keep working while the table keeps no usable token. Each row
 * is emptied by a conditional update first: of two servers starting together, only one converts it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class LegacyUnsubscribeTokens {

    private static final Logger LOG = Logger.getLogger(LegacyUnsubscribeTokens.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void atStartUp() {
        convert();
    }

    /** Hashes the tokens still stored as they are; returns how many this call converted. */
    public int convert() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, unsubscribe_token FROM newsletter_subscriber "
                + "WHERE unsubscribe_token IS NOT NULL").getResultList();
        Instant now = clock.instant();
        int converted = 0;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String token = (String) row[1];
            int emptied = em.createNativeQuery("UPDATE newsletter_subscriber SET unsubscribe_token = NULL "
                    + "WHERE id = ? AND unsubscribe_token = ?").setParameter(1, id).setParameter(2, token)
                    .executeUpdate();
            if (emptied == 1) {
                em.persist(new UnsubscribeToken(NewsletterTokens.hash(token), em.getReference(Subscriber.class, id),
                        now));
                converted++;
            }
        }
        if (converted > 0) {
            int count = converted;
            LOG.info(() -> count + " newsletter unsubscribe tokens are now kept as hashes only");
        }
        return converted;
    }
}
