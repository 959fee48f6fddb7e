package org.bepart.taxonomy;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.MembershipInvitation;
import org.bepart.account.Role;
import org.bepart.account.TestAccounts;
import org.bepart.country.MemberState;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Perspective;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the taxonomy and organisation administration tests start from, written the way other features would
 * (accounts, organisations, submitted initiatives with their terms, indexed), and the stored rows read back as an
 * oracle independent of the services under test.
 */
@Stateless
public class AdminTestData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<InitiativeChanged> changed;

    public long account(Role... roles) {
        return TestAccounts.verified(em, TestAccounts.address("admin-test", "bepart.test"), "Admin test",
                TestAccounts.NO_PASSWORD, Language.EN, roles).getId();
    }

    public long organisation(String name, OrganisationKind kind, long... members) {
        Organisation organisation = new Organisation(name, kind, MemberState.AM, Instant.now());
        em.persist(organisation);
        for (long member : members) {
            em.find(Account.class, member).join(organisation);
        }
        em.flush();
        return organisation.getId();
    }

    /** A submitted (public) initiative of {@code ownerId}, with {@code partnerId} when not null, having these terms. */
    public long initiative(long ownerId, Long partnerId, List<Long> termIds) {
        Instant now = Instant.now();
        Account author = TestAccounts.verified(em, TestAccounts.address("author", "bepart.test"), "Author",
                TestAccounts.NO_PASSWORD, Language.EN);
        Initiative initiative = new Initiative(Language.EN, new InitiativeText("Taxonomy admin test " + UUID
                .randomUUID(), "For the administration of lists."), em.find(Organisation.class, ownerId), author,
                GovernmentLevel.LOCAL, now);
        if (partnerId != null) {
            initiative.joinAsPartner(em.find(Organisation.class, partnerId), null,
                    new Perspective("We took part.", "It went well.", null), now);
        }
        initiative.classify(List.of(), List.of(), termIds.stream().map(id -> em.find(Term.class, id)).toList(), now);
        initiative.moveTo(InitiativeStatus.SUBMITTED, now);
        em.persist(initiative);
        em.flush();
        changed.fire(new InitiativeChanged(initiative.getId()));
        return initiative.getId();
    }

    public long invitation(long organisationId, String email, long inviterId) {
        MembershipInvitation invitation = new MembershipInvitation(em.find(Organisation.class, organisationId), email,
                em.find(Account.class, inviterId), Instant.now());
        em.persist(invitation);
        em.flush();
        return invitation.getId();
    }

    /** Takes the test's initiatives out of the public ones (and the index), so that other tests' counts stay. */
    public void withdraw(long... initiativeIds) {
        for (long id : initiativeIds) {
            em.find(Initiative.class, id).moveTo(InitiativeStatus.REJECTED, Instant.now());
            changed.fire(new InitiativeChanged(id));
        }
    }

    // --- oracles: the stored rows ---

    public List<Long> termIdsOf(long initiativeId) {
        return em.createNativeQuery("SELECT term_id FROM initiative_term WHERE initiative_id = ?")
                .setParameter(1, initiativeId).getResultStream().map(n -> ((Number) n).longValue()).toList();
    }

    /** Public initiatives (not held) that have the term, counted in the database. */
    public long publicCount(long termId) {
        return em.createQuery("SELECT COUNT(i) FROM Initiative i JOIN i.terms t WHERE t.id = :term"
                        + " AND i.status IN :statuses AND i.heldAt IS NULL", Long.class)
                .setParameter("term", termId).setParameter("statuses", InitiativeStatus.publicOnes())
                .getSingleResult();
    }

    public String termCode(long termId) {
        return em.find(Term.class, termId).getCode();
    }

    public int termVersion(long termId) {
        return em.find(Term.class, termId).getVersion();
    }

    public Long ownerOf(long initiativeId) {
        return column("owner_id", initiativeId);
    }

    public Long partnerOf(long initiativeId) {
        return column("partner_id", initiativeId);
    }

    private Long column(String name, long initiativeId) {
        Object value = em.createNativeQuery("SELECT " + name + " FROM initiative WHERE id = ?")
                .setParameter(1, initiativeId).getSingleResult();
        return value == null ? null : ((Number) value).longValue();
    }

    public Set<Long> memberIds(long organisationId) {
        return ((List<?>) em.createNativeQuery("SELECT account_id FROM account_organisation WHERE organisation_id = ?")
                .setParameter(1, organisationId).getResultList()).stream().map(n -> ((Number) n).longValue())
                .collect(Collectors.toSet());
    }

    public long invitationOrganisation(long invitationId) {
        return ((Number) em.createNativeQuery("SELECT organisation_id FROM membership_invitation WHERE id = ?")
                .setParameter(1, invitationId).getSingleResult()).longValue();
    }

    public boolean organisationExists(long organisationId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM organisation WHERE id = ?")
                .setParameter(1, organisationId).getSingleResult()).longValue() == 1;
    }

    public int organisationVersion(long organisationId) {
        return em.find(Organisation.class, organisationId).getVersion();
    }

    public long auditEntries(String action, long subjectId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND subject_id = ?")
                .setParameter(1, action).setParameter(2, subjectId).getSingleResult()).longValue();
    }
}
