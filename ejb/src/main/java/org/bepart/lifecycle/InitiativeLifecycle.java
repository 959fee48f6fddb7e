package org.bepart.lifecycle;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.OwnOrganisationException;
import org.bepart.initiative.Transition;
import org.bepart.platform.Access;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.util.List;

/**
 * Moves initiatives through their lifecycle and records every move. The rules of who may do what live here, so that
 * no page can skip them: contributors of the owner organisation submit; administrators forward to review without
 * the partner; the platform starts the review once both sides are in. Review decisions are taken by
 * {@code ReviewService} through {@link #move}.
 */
@Stateless
public class InitiativeLifecycle {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<StatusChanged> statusChanged;

    @Inject
    private Event<InitiativeChanged> initiativeChanged;

    @EJB
    private AuditTrail trail;

    /**
     * The owner's contributors submit a draft, or resubmit after changes were requested. When the partner has already
     * given its view, the review starts at once.
     */
    public InitiativeStatus submit(@NotNull Long actorId, long initiativeId, int expectedVersion) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = load(initiativeId, expectedVersion);
        if (!initiative.isOwnedBy(actor)) {
            throw new AccessDeniedException("account " + actorId + " does not submit for initiative " + initiativeId);
        }
        if (initiative.getOwnerView() == null) {
            throw new IncompleteInitiativeException("the submitter's own view is missing");
        }
        move(initiative, InitiativeStatus.SUBMITTED, actor, null);
        startReviewIfBothSidesAreIn(initiative);
        return initiative.getStatus();
    }

    /**
     * An administrator sends a submitted initiative to review without waiting for the partner; not one of an
     * organisation the administrator belongs to, on either side ({@link OwnOrganisationException}).
     */
    public void forward(@NotNull Long actorId, long initiativeId, int expectedVersion,
                        @Size(max = Transition.MESSAGE_MAX) String message) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Initiative initiative = load(initiativeId, expectedVersion);
        if (initiative.involves(actor)) {
            throw new OwnOrganisationException(actorId, initiativeId);
        }
        move(initiative, InitiativeStatus.UNDER_REVIEW, actor, message);
        trail.record(actor, AuditAction.INITIATIVE_FORWARDED, AuditEntry.INITIATIVE, initiativeId, message);
    }

    /** Once both sides have given their view, a submitted initiative goes to review by itself. */
    public void startReviewIfBothSidesAreIn(@NotNull Initiative initiative) {
        if (initiative.getStatus() == InitiativeStatus.SUBMITTED && initiative.hasBothSides()) {
            move(initiative, InitiativeStatus.UNDER_REVIEW, null, null);
        }
    }

    /**
     * Moves {@code initiative} (refused with {@code IllegalTransitionException} when the lifecycle does not allow it),
     * records the move, and tells observers. Callers have checked that {@code actor} may do it.
     */
    public Transition move(@NotNull Initiative initiative, @NotNull InitiativeStatus target, Account actor,
                           String message) {
        InitiativeStatus from = initiative.getStatus();
        Transition transition = initiative.moveTo(target, actor, message, clock.instant());
        em.persist(transition);
        statusChanged.fire(new StatusChanged(initiative.getId(), from, target,
                actor == null ? null : actor.getId(), transition.getMessage()));
        initiativeChanged.fire(new InitiativeChanged(initiative.getId()));
        return transition;
    }

    /** Every recorded move of an initiative, the first first. */
    public List<Transition> history(long initiativeId) {
        return em.createNamedQuery(Transition.FIND_BY_INITIATIVE, Transition.class)
                .setParameter("initiativeId", initiativeId).getResultList();
    }

    /**
     * The initiative, locked optimistically at the version the caller read: a change made by somebody else since then
     * is refused with {@link ConcurrentChangeException} instead of being overwritten.
     */
    public Initiative load(long initiativeId, int expectedVersion) {
        Initiative initiative = em.find(Initiative.class, initiativeId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (initiative == null) {
            throw new NotFoundException("no initiative " + initiativeId);
        }
        if (initiative.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("initiative " + initiativeId + " is at version "
                    + initiative.getVersion() + ", not " + expectedVersion);
        }
        return initiative;
    }
}
