package org.bepart.follow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.account.TestAccounts;
import org.bepart.country.MemberState;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Perspective;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.language.LocalizedName;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.notification.NotificationKind;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Accounts, a theme of its own, initiatives of that theme moved through the lifecycle, and what followers got. */
@Stateless
public class FollowTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private InitiativeLifecycle lifecycle;

    @Inject
    private Event<InitiativeChanged> changed;

    public long account(Language language, Role... roles) {
        return TestAccounts.verified(em, "follow-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime()
                + "@bepart.test", "Follower " + SEQUENCE.get(), TestAccounts.NO_PASSWORD, language, roles).getId();
    }

    public String email(long accountId) {
        return em.find(Account.class, accountId).getEmail();
    }

    /** A new theme, only this test's initiatives have it; returns its code. */
    public String theme() {
        String code = "follow-theme-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100000);
        em.persist(new Term(TermKind.THEME, code, new LocalizedName("Թեմա " + code, "Theme " + code,
                "Thème " + code, "Тема " + code), 9000 + SEQUENCE.get()));
        em.flush();
        return code;
    }

    public long organisation(long contributorId) {
        Organisation organisation = new Organisation("Followed Friends " + SEQUENCE.incrementAndGet(),
                OrganisationKind.CIVIL_SOCIETY, MemberState.IE, Instant.now());
        em.persist(organisation);
        em.find(Account.class, contributorId).join(organisation);
        em.flush();
        return organisation.getId();
    }

    /** A submitted (public) initiative of the organisation with the theme, a dialogue in Ireland. */
    public long submitted(long organisationId, long contributorId, String title, String theme) {
        Instant now = Instant.now();
        Initiative initiative = new Initiative(Language.EN, new InitiativeText(title, "A summary of " + title + ".",
                "Workshops by the river.", null, null, null, null, null), em.find(Organisation.class, organisationId),
                em.find(Account.class, contributorId), GovernmentLevel.LOCAL, now);
        initiative.describeOwnView(new Perspective("We organised the workshops.", "It went well.", null), now);
        Term term = em.createNamedQuery(Term.FIND_BY_KIND_AND_CODE, Term.class).setParameter("kind", TermKind.THEME)
                .setParameter("code", theme).getSingleResult();
        initiative.classify(Set.of(Stage.values()[0]), Set.of(ParticipationLevel.DIALOGUE), Set.of(term), now);
        em.persist(initiative);
        em.flush();
        lifecycle.submit(contributorId, initiative.getId(), initiative.getVersion());
        return initiative.getId();
    }

    /** Moves the initiative to {@code status} through the lifecycle, as a reviewer's decision would. */
    public void move(long id, InitiativeStatus status, Long actorId) {
        Initiative initiative = em.find(Initiative.class, id);
        lifecycle.move(initiative, status, actorId == null ? null : em.find(Account.class, actorId), null);
    }

    /** Hides the test's initiative again (the demo's public initiatives stay as they were). */
    public void hide(long id) {
        Initiative initiative = em.find(Initiative.class, id);
        if (initiative.getStatus().canMoveTo(InitiativeStatus.REJECTED)) {
            initiative.moveTo(InitiativeStatus.REJECTED, Instant.now());
        } else if (initiative.getStatus() == InitiativeStatus.VALIDATED) {
            initiative.moveTo(InitiativeStatus.CHANGES_REQUESTED, Instant.now());
        }
        changed.fire(new InitiativeChanged(id));
    }

    public List<String> followNotifications(long accountId) {
        return em.createQuery("SELECT n.text FROM Notification n WHERE n.recipientId = :id AND n.kind = :kind"
                        + " ORDER BY n.id", String.class).setParameter("id", accountId)
                .setParameter("kind", NotificationKind.FOLLOWED).getResultList();
    }

    public long waitingItems(long accountId) {
        return em.createQuery("SELECT COUNT(i) FROM FollowItem i WHERE i.accountId = :id AND i.mailedAt IS NULL",
                Long.class).setParameter("id", accountId).getSingleResult();
    }

    public FollowDelivery delivery(long accountId) {
        return FollowService.delivery(em, accountId);
    }
}
