package org.bepart.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.country.MemberState;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.lifecycle.PartnerInvited;
import org.bepart.initiative.Perspective;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.notification.Notification;
import org.bepart.notification.NotificationKind;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Writes organisations, accounts and initiatives for the account tests, and reads back what services wrote. */
@Stateless
public class AccountTestData {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Authenticator authenticator;

    @EJB
    private InitiativeLifecycle lifecycle;

    @Inject
    private Event<PartnerInvited> invited;

    public long organisation(String name, OrganisationKind kind) {
        Organisation organisation = new Organisation(name, kind, MemberState.AM, Instant.now());
        em.persist(organisation);
        em.flush();
        return organisation.getId();
    }

    /** A verified (or not) account with a password, member of {@code organisationIds}, holding {@code roles}. */
    public long account(String email, String name, String password, Language language, boolean verified,
                        Set<Role> roles, long... organisationIds) {
        List<Organisation> organisations = java.util.Arrays.stream(organisationIds)
                .mapToObj(id -> em.find(Organisation.class, id)).toList();
        return TestAccounts.persist(em, email, name, authenticator.hash(password), language, verified, roles,
                organisations).getId();
    }

    /** A draft of {@code ownerId} with the owner's view, and {@code partnerId} (when given) joined with its view. */
    public long initiative(String title, long ownerId, long authorId, Long partnerId, Long partnerContactId) {
        Instant now = Instant.now();
        Initiative initiative = new Initiative(Language.EN, new InitiativeText(title, "A summary of " + title),
                em.find(Organisation.class, ownerId), em.find(Account.class, authorId), GovernmentLevel.LOCAL, now);
        initiative.describeOwnView(new Perspective("We organised it.", "It went well.", null), now);
        em.persist(initiative);
        em.flush();
        if (partnerId != null) {
            initiative.joinAsPartner(em.find(Organisation.class, partnerId),
                    em.find(Account.class, partnerContactId),
                    new Perspective("We took part.", "Mostly useful.", "Start earlier."), now);
        }
        return initiative.getId();
    }

    public int version(long initiativeId) {
        return em.find(Initiative.class, initiativeId).getVersion();
    }

    public InitiativeStatus status(long initiativeId) {
        Initiative initiative = em.find(Initiative.class, initiativeId);
        return initiative == null ? null : initiative.getStatus();
    }

    public Long owner(long initiativeId) {
        return em.find(Initiative.class, initiativeId).getOwner().getId();
    }

    /** A reviewers' decision, as the review service takes it. */
    public void decide(long initiativeId, long reviewerId, InitiativeStatus target, String message) {
        lifecycle.move(em.find(Initiative.class, initiativeId), target, em.find(Account.class, reviewerId), message);
    }

    public void invitePartner(long initiativeId, long inviterId, String email, String organisationName) {
        invited.fire(new PartnerInvited(initiativeId, 1L, email, organisationName,
                "/partner/join?token=invitation-token-1", inviterId));
    }

    public List<NotificationKind> notificationKinds(long accountId) {
        return em.createNamedQuery(Notification.FIND_BY_RECIPIENT, Notification.class)
                .setParameter("recipientId", accountId).getResultStream().map(Notification::getKind).toList();
    }

    public List<String> notificationTexts(long accountId) {
        return em.createNamedQuery(Notification.FIND_BY_RECIPIENT, Notification.class)
                .setParameter("recipientId", accountId).getResultStream().map(Notification::getText).toList();
    }

    public long mailsTo(String recipient) {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.recipient = :r", Long.class)
                .setParameter("r", recipient).getSingleResult();
    }

    public long accountsWithEmail(String email) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.email = :e", Long.class)
                .setParameter("e", email).getSingleResult();
    }

    public long tokensOf(long accountId) {
        return em.createQuery("SELECT COUNT(t) FROM AccountToken t WHERE t.account.id = :id", Long.class)
                .setParameter("id", accountId).getSingleResult();
    }

    public long idOf(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email)
                .getSingleResult().getId();
    }

    /** What is left of an account: e-mail, name, password hash, roles, organisations, deletion time. */
    public List<Object> remains(long accountId) {
        Account a = em.find(Account.class, accountId);
        return java.util.Arrays.asList(a.getEmail(), a.getDisplayName(), a.getPasswordHash(), a.getRoles().size(),
                a.getOrganisations().size(), a.getDeletedAt() != null);
    }

    /** Leaves {@code accountId} as the only administrator. */
    public void onlyAdministrator(long accountId) {
        em.createNamedQuery(Account.FIND_BY_ROLE, Account.class).setParameter("role", Role.ADMINISTRATOR)
                .getResultList().stream().filter(a -> a.getId() != accountId)
                .forEach(a -> a.revoke(Role.ADMINISTRATOR));
    }

    public boolean unsent(String recipient) {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.recipient = :r AND m.sentAt IS NULL",
                Long.class).setParameter("r", recipient).getSingleResult() > 0;
    }
}
