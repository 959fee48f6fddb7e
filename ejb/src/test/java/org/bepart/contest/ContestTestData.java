package org.bepart.contest;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Role;
import org.bepart.account.TestAccounts;
import org.bepart.language.Language;

import java.util.List;
import java.util.UUID;

/** Accounts for the contest tests, and a look at the stored rows as an oracle independent of the services. */
@Stateless
public class ContestTestData {

    @PersistenceContext
    private EntityManager em;

    /** A verified account holding {@code roles}; returns its id. */
    public long account(String name, Role... roles) {
        return TestAccounts.verified(em, UUID.randomUUID() + "@contest.test", name, TestAccounts.NO_PASSWORD,
                Language.EN, roles).getId();
    }

    /** The stored moderation state of an entry. */
    public long pending(long contestId) {
        return em.createNamedQuery(ContestEntry.COUNT_PENDING, Long.class).setParameter("contest", contestId)
                .getSingleResult();
    }

    public String moderation(long entryId) {
        return em.find(ContestEntry.class, entryId).getModeration().name();
    }

    /** How many scores are stored for an entry. */
    public long scores(long entryId) {
        return em.createQuery("SELECT COUNT(s) FROM JuryScore s WHERE s.entryId = :id", Long.class)
                .setParameter("id", entryId).getSingleResult();
    }

    /** The actions recorded for one contest, oldest first. */
    public List<String> auditActions(long contestId) {
        return em.createQuery("SELECT a.action FROM AuditEntry a WHERE a.subjectType = 'contest' "
                        + "AND a.subjectId = :id ORDER BY a.at, a.id", org.bepart.audit.AuditAction.class)
                .setParameter("id", contestId).getResultList().stream().map(Enum::name).toList();
    }
}
