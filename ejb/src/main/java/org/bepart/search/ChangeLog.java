package org.bepart.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.cluster.ContentChange;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.platform.PublicPagesChanged;
import org.bepart.taxonomy.TermsChanged;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * The log of content changes in the database ({@link ContentChange}): every change of an initiative is written in the
 * transaction that makes it, so the log holds exactly the committed changes, whichever server made them.
 */
@Stateless
public class ChangeLog {

    /**
     * The longest a transaction may take between writing its change and committing: a server starting afresh
     * applies again every change younger than that, since some of them may not have been visible yet.
     */
    static final Duration IN_FLIGHT = Duration.ofMinutes(10);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Logs the change of an initiative in the transaction that fires it. */
    public void initiativeChanged(@Observes InitiativeChanged change) {
        insert(ContentChange.Kind.INITIATIVE, change.id());
    }

    /** Logs a change of other public content (news, events, contests) in the transaction that fires it. */
    public void pagesChanged(@Observes PublicPagesChanged change) {
        insert(switch (change.part()) {
            case INITIATIVES -> ContentChange.Kind.INITIATIVE;
            case NEWS -> ContentChange.Kind.NEWS;
            case EVENTS -> ContentChange.Kind.EVENT;
            case CONTESTS -> ContentChange.Kind.CONTEST;
            case ORGANISATIONS -> ContentChange.Kind.ORGANISATION;
        }, change.id());
    }

    /** Logs a change of a managed list in the transaction that fires it: every server reads the lists again. */
    public void termsChanged(@Observes TermsChanged change) {
        insert(ContentChange.Kind.TAXONOMY, change.termId());
    }

    /** Asks every server to rebuild its index, once this transaction commits. */
    public void rebuild() {
        insert(ContentChange.Kind.REBUILD, null);
    }

    /** Tells every server that the related-initiatives lists were stored anew, once this transaction commits. */
    public void relatedWorkedOut() {
        insert(ContentChange.Kind.RELATED, null);
    }

    /** The number of the latest {@link ContentChange.Kind#RELATED} change; 0 when the log has none. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long lastRelated() {
        Long max = em.createNamedQuery(ContentChange.MAX_ID_OF_KIND, Long.class)
                .setParameter("kind", ContentChange.Kind.RELATED).getSingleResult();
        return max == null ? 0 : max;
    }

    private void insert(ContentChange.Kind kind, Long entityId) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (entityId == null) {
            em.createNativeQuery(ContentChange.INSERT_ALL).setParameter(1, kind.name()).setParameter(2, now)
                    .executeUpdate();
        } else {
            em.createNativeQuery(ContentChange.INSERT).setParameter(1, kind.name()).setParameter(2, entityId)
                    .setParameter(3, now).executeUpdate();
        }
    }

    /** Up to {@code max} changes numbered above {@code after}, in order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ContentChange> after(long after, int max) {
        return em.createNamedQuery(ContentChange.FIND_AFTER, ContentChange.class).setParameter("after", after)
                .setMaxResults(max).getResultList();
    }

    /** The changes of these numbers that exist now (gaps that were filled meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ContentChange> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createNamedQuery(ContentChange.FIND_IDS, ContentChange.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    /** The highest number in the log; 0 when it is empty. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long last() {
        Long max = em.createNamedQuery(ContentChange.MAX_ID, Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /**
     * Where an index built from the database now starts following the log: below it every change is surely committed
     * and so read by the build; those above are applied (again) afterwards.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long safeStart() {
        Long max = em.createNamedQuery(ContentChange.MAX_ID_BEFORE, Long.class)
                .setParameter("before", clock.instant().minus(IN_FLIGHT)).getSingleResult();
        return max == null ? 0 : max;
    }

    /** True when changes after {@code position} were pruned: an index there cannot catch up from the log. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean prunedAfter(long position) {
        Long min = em.createNamedQuery(ContentChange.MIN_ID, Long.class).getSingleResult();
        return min != null && min > position + 1 && position < last();
    }

    /** Deletes the changes older than {@code before}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int prune(Instant before) {
        return em.createNamedQuery(ContentChange.DELETE_BEFORE).setParameter("before", before).executeUpdate();
    }
}
