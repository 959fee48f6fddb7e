package org.bepart.moderation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Authenticator;
import org.bepart.account.Role;
import org.bepart.account.TestAccounts;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.country.MemberState;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Party;
import org.bepart.initiative.Perspective;
import org.bepart.language.Language;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.shared.BusinessException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes what the moderation and audit tests start from, the way other features would (accounts with passwords,
 * organisations, initiatives with their views), and reads back the stored rows as an oracle independent of the
 * services under test.
 */
@Stateless
public class ModerationTestData {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Authenticator authenticator;

    @EJB
    private AuditTrail trail;

    @Inject
    private Event<InitiativeChanged> changed;

    /** A unique address for {@code who}. */
    public static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@moderation.test";
    }

    /** A verified account with this password and language, holding {@code roles} besides contributor. */
    public long account(String email, String name, String password, Language language, Role... roles) {
        return TestAccounts.verified(em, email, name, authenticator.hash(password), language, roles).getId();
    }

    /** A verified account without a usable password. */
    public long account(String name, Role... roles) {
        return TestAccounts.verified(em, address("someone"), name, TestAccounts.NO_PASSWORD, Language.EN, roles)
                .getId();
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

    public void join(long accountId, long organisationId) {
        em.find(Account.class, accountId).join(em.find(Organisation.class, organisationId));
    }

    /** A draft of {@code organisationId} written by {@code authorId}, with the owner's view. */
    public long draft(long organisationId, long authorId, String title) {
        Instant now = Instant.now();
        Initiative initiative = new Initiative(Language.EN, new InitiativeText(title, "A summary of " + title + ".",
                "Hearings in the town hall.", null, null, null, null, null), em.find(Organisation.class,
                organisationId), em.find(Account.class, authorId), GovernmentLevel.LOCAL, now);
        initiative.describeOwnView(new Perspective("We organised the hearings.", "They went well.", null), now);
        em.persist(initiative);
        em.flush();
        return initiative.getId();
    }

    /** The partner organisation joins with {@code contactId} and its view. */
    public void partner(long initiativeId, long organisationId, long contactId) {
        em.find(Initiative.class, initiativeId).joinAsPartner(em.find(Organisation.class, organisationId),
                em.find(Account.class, contactId), new Perspective("We hosted it.", "Useful.", null), Instant.now());
    }

    /** Gives the public authority side a contact person with this address. */
    public void publicAuthorityContact(long initiativeId, String email) {
        Initiative initiative = em.find(Initiative.class, initiativeId);
        initiative.setParties(initiative.getCivilSociety(), new Party("Town hall", "Ani Contact", email),
                Instant.now());
    }

    public int version(long initiativeId) {
        return em.find(Initiative.class, initiativeId).getVersion();
    }

    public InitiativeStatus status(long initiativeId) {
        return em.find(Initiative.class, initiativeId).getStatus();
    }

    public boolean isHeld(long initiativeId) {
        return em.find(Initiative.class, initiativeId).isHeld();
    }

    public int sessionEpoch(long accountId) {
        return em.find(Account.class, accountId).getSessionEpoch();
    }

    public long reviews(long initiativeId) {
        return em.createQuery("SELECT COUNT(r) FROM Review r WHERE r.initiativeId = :id", Long.class)
                .setParameter("id", initiativeId).getSingleResult();
    }

    /** The stored audit entries about one subject, oldest first, as "ACTION by actor: detail". */
    public List<String> audit(String subjectType, long subjectId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.subjectType = :type AND e.subjectId = :id "
                        + "ORDER BY e.at, e.id", AuditEntry.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultStream()
                .map(e -> e.getAction() + " by " + e.getActorId() + ": " + e.getDetail()).toList();
    }

    /** The stored audit actions of one actor since {@code since}, oldest first. */
    public List<AuditAction> actionsOf(long actorId, Instant since) {
        return em.createQuery("SELECT e.action FROM AuditEntry e WHERE e.actorId = :actor AND e.at >= :since "
                        + "ORDER BY e.at, e.id", AuditAction.class)
                .setParameter("actor", actorId).setParameter("since", since).getResultList();
    }

    public long auditEntries() {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e", Long.class).getSingleResult();
    }

    /** Records an entry in this transaction and then fails: the entry must go with the transaction. */
    public void recordThenFail(long actorId) {
        trail.record(em.find(Account.class, actorId), AuditAction.ROLES_CHANGED, AuditEntry.ACCOUNT, actorId,
                "never saved");
        throw new BusinessException("error.accessDenied", "the action failed after it was recorded");
    }

    /** Tries to remove the newest entry of {@code actorId} through JPA (the entity refuses). */
    public void removeNewestOf(long actorId) {
        AuditEntry entry = em.createQuery("SELECT e FROM AuditEntry e WHERE e.actorId = :actor "
                + "ORDER BY e.at DESC, e.id DESC", AuditEntry.class).setParameter("actor", actorId).setMaxResults(1)
                .getSingleResult();
        em.remove(entry);
        em.flush();
    }

    /** Hides what a test made public, so that other tests' counts stay as they were. */
    public void hide(long initiativeId) {
        Initiative initiative = em.find(Initiative.class, initiativeId);
        if (initiative.getStatus().canMoveTo(InitiativeStatus.REJECTED)) {
            initiative.moveTo(InitiativeStatus.REJECTED, Instant.now());
        } else if (initiative.getStatus() == InitiativeStatus.VALIDATED) {
            initiative.moveTo(InitiativeStatus.CHANGES_REQUESTED, Instant.now());
        }
        changed.fire(new InitiativeChanged(initiativeId));
    }
}
