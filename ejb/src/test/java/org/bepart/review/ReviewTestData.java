package org.bepart.review;

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
import org.bepart.lifecycle.InitiativeEdited;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Perspective;
import org.bepart.initiative.Transition;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;
import org.bepart.lifecycle.InitiativeChanged;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes what the review and history tests need the way the services of other features would: verified accounts
 * with roles, an organisation with a contributor, initiatives as drafts, submitted or under review, and edits.
 */
@Stateless
public class ReviewTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private InitiativeLifecycle lifecycle;

    @Inject
    private Event<InitiativeEdited> edited;

    @Inject
    private Event<InitiativeChanged> changed;

    /** A verified account holding {@code roles} (besides contributor). */
    public long account(String name, Role... roles) {
        return TestAccounts.verified(em, "review-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime()
                + "@bepart.test", name, TestAccounts.NO_PASSWORD, Language.EN, roles).getId();
    }

    /** A civil-society organisation with {@code contributorId} as its member. */
    public long organisation(long contributorId) {
        Organisation organisation = new Organisation("Riverside Friends " + SEQUENCE.incrementAndGet(),
                OrganisationKind.CIVIL_SOCIETY, MemberState.IE, Instant.now());
        em.persist(organisation);
        em.find(Account.class, contributorId).join(organisation);
        em.flush();
        return organisation.getId();
    }

    /** A draft of the organisation with the submitter's own view. */
    public long draft(long organisationId, long contributorId, String title, String description) {
        Instant now = Instant.now();
        Initiative initiative = new Initiative(Language.EN, new InitiativeText(title, "A summary of " + title + ".",
                description, null, null, null, null, null), em.find(Organisation.class, organisationId),
                em.find(Account.class, contributorId), GovernmentLevel.LOCAL, now);
        initiative.describeOwnView(new Perspective("We organised the workshops.", "It went well.", null), now);
        em.persist(initiative);
        em.flush();
        return initiative.getId();
    }

    /** A submitted initiative, through the lifecycle (so its transition is recorded and the events fired). */
    public long submitted(long organisationId, long contributorId, String title, String description) {
        long id = draft(organisationId, contributorId, title, description);
        lifecycle.submit(contributorId, id, version(id));
        return id;
    }

    /** An initiative under review, forwarded by {@code administratorId}. */
    public long underReview(long organisationId, long contributorId, long administratorId, String title) {
        long id = submitted(organisationId, contributorId, title, "Workshops by the river.");
        lifecycle.forward(administratorId, id, version(id), null);
        return id;
    }

    public int version(long id) {
        return em.find(Initiative.class, id).getVersion();
    }

    public InitiativeStatus status(long id) {
        return em.find(Initiative.class, id).getStatus();
    }

    /** Changes the description, as the submission form would, and tells the history. */
    public void editDescription(long id, long actorId, String description) {
        Initiative initiative = em.find(Initiative.class, id);
        InitiativeText t = initiative.originalText();
        initiative.putText(initiative.getOriginalLanguage(), new InitiativeText(t.getTitle(), t.getSummary(),
                description, t.getObjectives(), t.getResults(), t.getChallenges(), t.getLessons(),
                t.getResources()), Instant.now());
        edited.fire(new InitiativeEdited(id, actorId));
        changed.fire(new InitiativeChanged(id));
    }

    /** Saves the content unchanged, as a form saved without changes would. */
    public void saveUnchanged(long id, long actorId) {
        edited.fire(new InitiativeEdited(id, actorId));
    }

    public long reviews(long id) {
        return em.createQuery("SELECT COUNT(r) FROM Review r WHERE r.initiativeId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    public List<Transition> transitions(long id) {
        return lifecycle.history(id);
    }

    /** Hides an initiative from the public catalogue after a test (the demo data's counts stay as they were). */
    public void hide(long id) {
        Initiative initiative = em.find(Initiative.class, id);
        if (initiative.getStatus().canMoveTo(InitiativeStatus.REJECTED)) {
            initiative.moveTo(InitiativeStatus.REJECTED, Instant.now());
        } else if (initiative.getStatus() == InitiativeStatus.VALIDATED) {
            initiative.moveTo(InitiativeStatus.CHANGES_REQUESTED, Instant.now());
        }
        changed.fire(new InitiativeChanged(id));
    }
}
