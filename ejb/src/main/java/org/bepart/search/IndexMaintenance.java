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
import org.bepart.platform.JobProgress;
import org.bepart.shared.BusinessException;

import java.io.Serializable;
import java.time.Instant;

/** Administrators look after the search index: how it compares with the database, and rebuilding it. */
@Stateless
public class IndexMaintenance {

    /** What the back office shows of the index: the rebuild, the index against the database, the related lists. */
    public record Status(JobProgress rebuild, int documents, long publicInitiatives, JobProgress related)
            implements Serializable {

        public boolean running() {
            return rebuild.running();
        }

        public long done() {
            return rebuild.done();
        }

        public long total() {
            return rebuild.total();
        }

        /** Whole percent of a running rebuild. */
        public int percent() {
            return rebuild.percent();
        }

        /** When the last rebuild since start-up completed (null: none), and how many it indexed. */
        public Instant lastRebuild() {
            return rebuild.lastCompleted();
        }

        public long lastRebuildCount() {
            return rebuild.lastCount();
        }
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
        return new Status(index.rebuildProgress(), index.documentCount(), source.countPublic(),
                index.relatedProgress());
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
