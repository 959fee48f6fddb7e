package org.bepart.submission;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.account.TestAccounts;
import org.bepart.country.MemberState;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;

import java.time.Instant;
import java.util.UUID;

/** Accounts and organisations for the submission, media and partner tests, written directly as entities. */
@Stateless
public class SubmissionTestData {

    @PersistenceContext
    private EntityManager em;

    /** A verified account with a unique address and these roles besides contributor. */
    public long account(Role... roles) {
        return TestAccounts.verified(em, "t-" + UUID.randomUUID() + "@bepart.test", "Tester", TestAccounts.NO_PASSWORD,
                Language.EN, roles).getId();
    }

    public String email(long accountId) {
        return em.find(Account.class, accountId).getEmail();
    }

    /** An organisation of this kind with {@code memberId} as its member. */
    public long organisation(long memberId, OrganisationKind kind) {
        Organisation organisation = new Organisation("Org " + UUID.randomUUID().toString().substring(0, 8), kind,
                MemberState.AM, Instant.now());
        em.persist(organisation);
        em.find(Account.class, memberId).join(organisation);
        em.flush();
        return organisation.getId();
    }

    public void join(long accountId, long organisationId) {
        em.find(Account.class, accountId).join(em.find(Organisation.class, organisationId));
    }

    /** A public demo initiative, which has no owner. */
    public long initiativeWithoutOwner() {
        return em.createQuery("SELECT i.id FROM Initiative i WHERE i.owner IS NULL AND i.status IN :statuses"
                        + " ORDER BY i.id", Long.class)
                .setParameter("statuses", InitiativeStatus.publicOnes()).setMaxResults(1).getSingleResult();
    }

    public int version(long initiativeId) {
        return em.find(Initiative.class, initiativeId).getVersion();
    }

    public InitiativeStatus status(long initiativeId) {
        return em.find(Initiative.class, initiativeId).getStatus();
    }

    public Long partnerOf(long initiativeId) {
        Organisation partner = em.find(Initiative.class, initiativeId).getPartner();
        return partner == null ? null : partner.getId();
    }
}
