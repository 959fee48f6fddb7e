package org.bepart.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.time.InstitutionZone;
import org.bepart.platform.Access;
import org.bepart.shared.AccessDeniedException;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit trail. Services call {@link #record} in the transaction of what they did, so an entry exists exactly when
 * the action was saved. Administrators read everything; editors only the entries about their own work
 * ({@link AuditEntry#EDITORIAL}); nobody else reads it. Nothing here changes or removes an entry.
 */
@Stateless
public class AuditTrail {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGE = 10_000;
    /** The most rows one CSV export holds: the newest ones matching its filter. */
    public static final int EXPORT_MAX = 100_000;
    public static final int BATCH_MAX = 1000;
    /** The most entries one thing's history shows. */
    public static final int HISTORY_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Records an action in the caller's transaction (its own when the caller has none, as a bulk action that saves
     * each item in a transaction of its own). {@code actor} null: the platform, or somebody who did not prove who
     * they are.
     */
    public void record(Account actor, @NotNull AuditAction action, @NotNull String subjectType, Long subjectId,
                       String detail) {
        Account managed = actor == null || actor.getId() == null ? null
                : em.contains(actor) ? actor : em.getReference(Account.class, actor.getId());
        em.persist(new AuditEntry(managed, action, subjectType, subjectId, detail, clock.instant()));
    }

    /** What was done to one news item, image, contest, event or digest, newest first: editors and administrators. */
    public List<AuditRow> history(Long actorId, @NotNull String subjectType, long subjectId) {
        Account reader = reader(actorId);
        if (!reader.hasRole(Role.ADMINISTRATOR) && !AuditEntry.EDITORIAL.contains(subjectType)) {
            throw new AccessDeniedException("account " + actorId + " reads no " + subjectType + " history");
        }
        return rows(AuditFilter.about(subjectType, subjectId), false, null, 0, HISTORY_MAX);
    }

    /** One page of the entries matching {@code filter}, newest first, with their number. */
    public AuditResults search(Long actorId, @NotNull @Valid AuditFilter filter,
                               @Min(1) @Max(MAX_PAGE) int page) {
        boolean editorialOnly = editorialOnly(reader(actorId));
        long total = count(filter, editorialOnly);
        List<AuditRow> rows = total <= (long) (page - 1) * PAGE_SIZE ? List.of()
                : rows(filter, editorialOnly, null, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        return new AuditResults(rows, total, page, PAGE_SIZE);
    }

    /** How many entries match {@code filter}. */
    public long count(Long actorId, @NotNull @Valid AuditFilter filter) {
        return count(filter, editorialOnly(reader(actorId)));
    }

    /**
     * Up to {@code size} entries matching {@code filter} that come after {@code after} (newest first; from the newest
     * when null): an export reads the trail batch by batch, each in a short transaction.
     */
    public List<AuditRow> batch(Long actorId, @NotNull @Valid AuditFilter filter, AuditRow after,
                                @Min(1) @Max(BATCH_MAX) int size) {
        return rows(filter, editorialOnly(reader(actorId)), after, 0, size);
    }

    private Account reader(Long actorId) {
        return Access.actorWithRole(em, actorId, Role.EDITOR, Role.ADMINISTRATOR);
    }

    private static boolean editorialOnly(Account reader) {
        return !reader.hasRole(Role.ADMINISTRATOR);
    }

    private long count(AuditFilter filter, boolean editorialOnly) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, editorialOnly, null, parameters);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM AuditEntry e LEFT JOIN e.actor a" + where,
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private List<AuditRow> rows(AuditFilter filter, boolean editorialOnly, AuditRow after, int first, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, editorialOnly, after, parameters);
        TypedQuery<Object[]> query = em.createQuery("SELECT e.id, e.at, e.actorId, a.displayName, a.deletedAt, "
                + "e.action, e.subjectType, e.subjectId, e.detail FROM AuditEntry e LEFT JOIN e.actor a" + where
                + " ORDER BY e.at DESC, e.id DESC", Object[].class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(size).getResultStream().map(AuditRow::of).toList();
    }

    private static String where(AuditFilter filter, boolean editorialOnly, AuditRow after,
                                Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (editorialOnly) {
            conditions.add("e.subjectType IN :editorial");
            parameters.put("editorial", List.copyOf(AuditEntry.EDITORIAL));
        }
        if (filter.whoId() != null) {
            conditions.add("e.actorId = :whoId");
            parameters.put("whoId", filter.whoId());
        } else if (filter.who() != null) {
            conditions.add("(LOWER(a.email) LIKE :who ESCAPE '\\' OR LOWER(a.displayName) LIKE :who ESCAPE '\\')");
            parameters.put("who", "%" + filter.who().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (!filter.actions().isEmpty()) {
            conditions.add("e.action IN :actions");
            parameters.put("actions", List.copyOf(filter.actions()));
        }
        ZoneId zone = InstitutionZone.get();
        if (filter.from() != null) {
            conditions.add("e.at >= :from");
            parameters.put("from", filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            conditions.add("e.at < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (filter.subjectType() != null) {
            conditions.add("e.subjectType = :subjectType");
            parameters.put("subjectType", filter.subjectType());
            if (filter.subjectId() != null) {
                conditions.add("e.subjectId = :subjectId");
                parameters.put("subjectId", filter.subjectId());
            }
        }
        if (after != null) {
            conditions.add("(e.at < :afterAt OR (e.at = :afterAt AND e.id < :afterId))");
            parameters.put("afterAt", after.at());
            parameters.put("afterId", after.id());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
