package org.bepart.search;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.platform.Access;
import org.bepart.shared.BusinessException;

import java.io.Serializable;
import java.time.Instant;

/** Administrators look after the search index: how it compares with the database, and rebuilding it. */
@Stateless
public class IndexMaintenance {

    /** What the back office shows of the index. */
    public record Status(boolean running, long done, long total, int documents, long publicInitiatives,
                         Instant lastRebuild, long lastRebuildCount, Related related) implements Serializable {

        /** Whole percent of a running rebuild. */
        public int percent() {
            return IndexMaintenance.percent(done, total);
        }
    }

    /** Working out the related initiatives of every initiative, which follows start-up, rebuilds, and every night. */
    public record Related(boolean running, long done, long total, Instant last, long lastCount) implements Serializable {

        public int percent() {
            return IndexMaintenance.percent(done, total);
        }
    }

    private static int percent(long done, long total) {
        return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SearchIndex index;

    @EJB
    private IndexSource source;

    @EJB
    private AuditTrail trail;

    @EJB
    private ChangeLog log;

    public Status status(Long actorId) {
        Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        long[] progress = index.rebuildProgress();
        boolean running = progress.length == 2;
        long[] relating = index.relatedProgress();
        boolean relatingNow = relating.length == 2;
        Related related = new Related(relatingNow, relatingNow ? relating[0] : 0, relatingNow ? relating[1] : 0,
                index.lastRelated(), index.lastRelatedCount());
        return new Status(running, running ? progress[0] : 0, running ? progress[1] : 0, index.documentCount(),
                source.countPublic(), index.lastRebuild(), index.lastRebuildCount(), related);
    }

    /**
     * Asks every server to rebuild its index (a {@link org.bepart.cluster.ContentChange.Kind#REBUILD} in the change
     * log, which each server's {@link ChangeFollower} takes up within a second); refused while one runs here.
     */
    public void rebuild(Long actorId) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        if (index.isRebuilding()) {
            throw new BusinessException("searchAdmin.running", "a rebuild is already running");
        }
        trail.record(actor, AuditAction.INDEX_REBUILT, AuditEntry.SEARCH_INDEX, null, null);
        log.rebuild();
    }
}
