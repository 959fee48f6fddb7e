package org.bepart.news;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Role;
import org.bepart.account.TestAccounts;
import org.bepart.audit.AuditAction;
import org.bepart.language.Language;

import java.util.List;
import java.util.UUID;

/** Accounts for the news tests, and a look at the stored rows as an oracle independent of the services. */
@Stateless
public class NewsTestData {

    @PersistenceContext
    private EntityManager em;

    /** A verified account holding {@code roles}; returns its id. */
    public long account(String name, Role... roles) {
        return TestAccounts.verified(em, UUID.randomUUID() + "@news.test", name, TestAccounts.NO_PASSWORD,
                Language.EN, roles).getId();
    }

    /** The stored body of one language, exactly as in the database. */
    public String storedBody(long id, Language language) {
        List<?> rows = em.createNativeQuery("SELECT body FROM news_text WHERE news_id = ? AND language = ?")
                .setParameter(1, id).setParameter(2, language.name()).getResultList();
        return rows.stream().map(String::valueOf).findFirst().orElse(null);
    }

    /** The actions recorded for one item, oldest first. */
    public List<String> auditActions(long id) {
        return em.createQuery("SELECT a.action FROM AuditEntry a WHERE a.subjectType = 'news' AND a.subjectId = :id "
                        + "ORDER BY a.at, a.id", AuditAction.class).setParameter("id", id).getResultList().stream()
                .map(Enum::name).toList();
    }

    /** The actions recorded for one subject of a type ("news", "event", …), oldest first. */
    public List<String> auditActions(long id, String subjectType) {
        return em.createQuery("SELECT a.action FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectId = :id "
                        + "ORDER BY a.at, a.id", AuditAction.class).setParameter("type", subjectType)
                .setParameter("id", id).getResultList().stream().map(Enum::name).toList();
    }

    /** Who the audit trail names for the latest action on an item. */
    public String lastAuditActor(long id) {
        return em.createQuery("SELECT a.actor.displayName FROM AuditEntry a WHERE a.subjectType = 'news' "
                + "AND a.subjectId = :id ORDER BY a.at DESC, a.id DESC", String.class).setParameter("id", id).setMaxResults(1)
                .getSingleResult();
    }
}
