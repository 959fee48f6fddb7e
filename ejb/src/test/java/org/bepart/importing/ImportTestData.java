package org.bepart.importing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.account.TestAccounts;
import org.bepart.country.MemberState;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;

import java.time.Instant;
import java.util.List;

/** Accounts and an organisation for the import tests, and counts in the database as an oracle. */
@Stateless
public class ImportTestData {

    @PersistenceContext
    private EntityManager em;

    public long account(Role... roles) {
        Account account = TestAccounts.verified(em, TestAccounts.address("import", "bepart.test"), "Importer",
                TestAccounts.NO_PASSWORD, Language.EN, roles);
        return account.getId();
    }

    public long organisation(String name) {
        Organisation organisation = new Organisation(name, OrganisationKind.CIVIL_SOCIETY, MemberState.AM,
                Instant.now());
        em.persist(organisation);
        em.flush();
        return organisation.getId();
    }

    /** Initiatives whose title starts with {@code prefix}, by status. */
    public List<Object[]> statuses(String prefix) {
        return em.createQuery("SELECT t.title, i.status, o.id FROM Initiative i JOIN i.texts t LEFT JOIN i.owner o"
                + " WHERE t.title LIKE :prefix", Object[].class).setParameter("prefix", prefix + "%").getResultList();
    }

    public long count(String prefix, InitiativeStatus status) {
        return em.createQuery("SELECT COUNT(DISTINCT i) FROM Initiative i JOIN i.texts t"
                        + " WHERE t.title LIKE :prefix AND i.status = :status", Long.class)
                .setParameter("prefix", prefix + "%").setParameter("status", status).getSingleResult();
    }

    /** Reviews kept with the note of validated imports. */
    public long reviewsWithNote(String note) {
        return em.createQuery("SELECT COUNT(r) FROM Review r WHERE r.message = :note", Long.class)
                .setParameter("note", note).getSingleResult();
    }

    /** Audit entries of an import, by action. */
    public List<String> auditActions(long importId) {
        return em.createQuery("SELECT e.action FROM AuditEntry e WHERE e.subjectType = 'import'"
                + " AND e.subjectId = :id ORDER BY e.id", org.bepart.audit.AuditAction.class)
                .setParameter("id", importId).getResultList().stream().map(Enum::name).toList();
    }
}
