package org.bepart.history;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.initiative.Initiative;
import org.bepart.lifecycle.InitiativeEdited;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeVersion;
import org.bepart.lifecycle.StatusChanged;
import org.bepart.platform.SharedCaches;
import org.bepart.shared.NotFoundException;

import javax.cache.Cache;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a version of every edit of a public initiative, and compares two versions for the public history page. The
 * versions are written inside the transaction that changed the initiative, so an edit and its version are saved
 * together or not at all. A comparison is worked out once per pair of versions and kept in the data grid, and the
 * versions are listed a page at a time, so repeated requests cost no more than reading.
 */
@Stateless
public class VersionService {

    /** Versions on a page of the history. */
    public static final int PAGE_SIZE = 50;
    /** Comparisons worked out, by initiative and pair of versions (which never change), for all servers. */
    static final String COMPARISONS = "bepart-version-comparisons";
    static final long COMPARISON_SECONDS = 24 * 3600;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SharedCaches caches;

    @Inject
    private Clock clock;

    /** Content of an initiative was saved: a new version when it is public and differs from the last one. */
    public void edited(@Observes InitiativeEdited edited) {
        keep(edited.initiativeId(), edited.actorId());
    }

    /**
     * The status changed. When the initiative becomes public (submitted) its record is kept as the first version, or as
     * a new one when it changed since; when it moves between public statuses, a version is kept only if there is none
     * yet (initiatives published before the history existed), with the platform as its author.
     */
    public void statusChanged(@Observes StatusChanged change) {
        if (change.to() == InitiativeStatus.SUBMITTED) {
            keep(change.initiativeId(), change.actorId());
        } else if (change.to().isPublic() && lastNumber(change.initiativeId()) == 0) {
            keep(change.initiativeId(), null);
        }
    }

    private void keep(long initiativeId, Long actorId) {
        Initiative initiative = em.find(Initiative.class, initiativeId);
        if (initiative == null || !initiative.isPublic()) {
            return;
        }
        String snapshot = Snapshot.of(initiative);
        int last = lastNumber(initiativeId);
        if (last > 0 && find(initiativeId, last).map(v -> v.getSnapshot().equals(snapshot)).orElse(false)) {
            return;
        }
        Account author = actorId == null ? null : em.find(Account.class, actorId);
        em.persist(new InitiativeVersion(initiativeId, last + 1, snapshot, author, clock.instant()));
    }

    private int lastNumber(long initiativeId) {
        Integer last = em.createNamedQuery(InitiativeVersion.LAST_NUMBER, Integer.class)
                .setParameter("initiativeId", initiativeId).getSingleResult();
        return last == null ? 0 : last;
    }

    private Optional<InitiativeVersion> find(long initiativeId, int number) {
        return em.createNamedQuery(InitiativeVersion.FIND_BY_NUMBER, InitiativeVersion.class)
                .setParameter("initiativeId", initiativeId).setParameter("number", number)
                .getResultStream().findFirst();
    }

    /**
     * One page of the versions of a public initiative, the latest first, {@link #PAGE_SIZE} a page (numbers run
     * from 1 without gaps, so a page is a range of them); {@link NotFoundException} when it is not public or has no
     * such page.
     */
    public VersionPage versions(long initiativeId, int page) {
        requirePublic(initiativeId);
        return versions(initiativeId, page, lastNumber(initiativeId));
    }

    /**
     * What the history page shows, in as few statements as can be: a page of the versions and the comparison of
     * {@link #compare}; {@link NotFoundException} as those two.
     */
    public History history(long initiativeId, int page, Integer from, Integer to) {
        requirePublic(initiativeId);
        int last = lastNumber(initiativeId);
        return new History(versions(initiativeId, page, last), compare(initiativeId, from, to, last).orElse(null));
    }

    /** A page of versions and the comparison shown, null when there is nothing to compare. */
    public record History(VersionPage versions, Comparison comparison) {
    }

    private VersionPage versions(long initiativeId, int page, int last) {
        int pages = Math.max(1, (last + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pages) {
            throw new NotFoundException("no page " + page + " of the versions of " + initiativeId);
        }
        int highest = last - (page - 1) * PAGE_SIZE;
        List<VersionRow> rows = em.createQuery("SELECT v.number, v.createdAt, v.authorName FROM InitiativeVersion v"
                        + " WHERE v.initiativeId = :initiativeId AND v.number BETWEEN :lowest AND :highest"
                        + " ORDER BY v.number DESC", Object[].class)
                .setParameter("initiativeId", initiativeId).setParameter("lowest", highest - PAGE_SIZE + 1)
                .setParameter("highest", highest).getResultStream()
                .map(row -> new VersionRow((Integer) row[0], (java.time.Instant) row[1], (String) row[2]))
                .toList();
        return new VersionPage(rows, last, page, pages);
    }

    /** A page of versions: its rows (the latest first), how many there are in all, this page and the number of pages. */
    public record VersionPage(List<VersionRow> rows, int total, int page, int pages) {
    }

    /**
     * What changed from version {@code from} to version {@code to} of a public initiative. Null numbers default to
     * the latest version and the one before {@code to}; empty when there is none before it.
     * {@link NotFoundException} when the initiative is not public or a version does not exist.
     */
    public Optional<Comparison> compare(long initiativeId, Integer from, Integer to) {
        requirePublic(initiativeId);
        return compare(initiativeId, from, to, lastNumber(initiativeId));
    }

    private Optional<Comparison> compare(long initiativeId, Integer from, Integer to, int last) {
        int target = to == null ? last : to;
        int source = from == null ? target - 1 : from;
        if (from == null && source < 1) {
            return Optional.empty();
        }
        String key = initiativeId + ":" + source + ":" + target;
        Cache<String, Comparison> cache = caches.get(COMPARISONS, COMPARISON_SECONDS);
        Comparison known = cache.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        InitiativeVersion before = find(initiativeId, source)
                .orElseThrow(() -> new NotFoundException("no version " + source + " of " + initiativeId));
        InitiativeVersion after = find(initiativeId, target)
                .orElseThrow(() -> new NotFoundException("no version " + target + " of " + initiativeId));
        Comparison comparison = new Comparison(row(before), row(after),
                TextDiff.fields(Snapshot.withoutContactAddresses(Snapshot.read(before.getSnapshot())),
                        Snapshot.withoutContactAddresses(Snapshot.read(after.getSnapshot()))));
        cache.put(key, comparison);
        return Optional.of(comparison);
    }

    private static VersionRow row(InitiativeVersion v) {
        return new VersionRow(v.getNumber(), v.getCreatedAt(), v.getAuthorName());
    }

    private void requirePublic(long initiativeId) {
        Initiative initiative = em.find(Initiative.class, initiativeId);
        if (initiative == null || !initiative.isPublic()) {
            throw new NotFoundException("no public initiative " + initiativeId);
        }
    }
}
