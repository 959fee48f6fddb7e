package org.bepart.exchange;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.platform.Access;
import org.bepart.shared.AccessDeniedException;

import java.time.Clock;
import java.util.List;

/**
 * "Useful" marks and replications. Only public initiatives take part; the counts on the initiative's row are counted
 * again from the marks and links after each change, and the index and the public pages follow
 * ({@link InitiativeChanged}).
 */
@Stateless
public class ExchangeService {

    /** At most this many initiatives are offered to link: a person's organisations rarely have more. */
    static final int REPLICABLE_MAX = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<InitiativeChanged> changed;

    @EJB
    private ReplicationCounts counts;

    /** Marks a public initiative useful for the signed-in person, or takes the mark back; returns the new count. */
    public int markUseful(@NotNull Long actorId, long initiativeId, boolean useful) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = publicInitiative(initiativeId);
        UsefulMark mark = em.find(UsefulMark.class, UsefulMark.key(initiativeId, actor.getId()));
        if (useful && mark == null) {
            em.persist(new UsefulMark(initiativeId, actor.getId(), clock.instant()));
        } else if (!useful && mark != null) {
            em.remove(mark);
        }
        em.flush();
        em.createNativeQuery("UPDATE initiative SET useful_count = (SELECT COUNT(*) FROM initiative_useful"
                + " WHERE initiative_id = ?1) WHERE id = ?1").setParameter(1, initiative.getId()).executeUpdate();
        changed.fire(new InitiativeChanged(initiative.getId()));
        return em.createNamedQuery(UsefulMark.COUNT_BY_INITIATIVE, Long.class)
                .setParameter("initiative", initiative.getId()).getSingleResult().intValue();
    }

    /** Whether the signed-in person marked this initiative useful; false for a visitor. */
    public boolean isMarkedUseful(Long actorId, long initiativeId) {
        return actorId != null && em.find(UsefulMark.class, UsefulMark.key(initiativeId, actorId)) != null;
    }

    /**
     * The public initiatives of the signed-in person's organisations (owner or partner) that they may link as inspired
     * by {@code originalId}: not the original itself and not linked to it already; titles in {@code language}.
     */
    public List<ReplicableInitiative> replicable(@NotNull Long actorId, long originalId, @NotNull Language language) {
        Account actor = Access.actor(em, actorId);
        if (actor.getOrganisations().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM Initiative i WHERE (i.owner IN :organisations"
                        + " OR i.partner IN :organisations) AND i.status IN :statuses AND i.heldAt IS NULL"
                        + " AND i.id <> :original AND NOT EXISTS (SELECT r FROM Replication r"
                        + " WHERE r.initiative = i AND r.original.id = :original)"
                        + " ORDER BY i.submittedAt DESC, i.id DESC", Initiative.class)
                .setParameter("organisations", actor.getOrganisations())
                .setParameter("statuses", InitiativeStatus.publicOnes()).setParameter("original", originalId)
                .setMaxResults(REPLICABLE_MAX).getResultList().stream()
                .map(i -> new ReplicableInitiative(i.getId(), i.textFor(language).text().getTitle())).toList();
    }

    /**
     * Links {@code initiativeId}, an initiative of one of the signed-in person's organisations (or any, for an
     * administrator), as inspired by {@code originalId}, saying in plain text what it adapted
     * ({@value Replication#ADAPTATION_MIN} to {@value Replication#ADAPTATION_MAX} characters). Both must be public; a
     * pair is linked once, and never both ways.
     */
    public void link(@NotNull Long actorId, long initiativeId, long originalId, String adaptation) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = publicInitiative(initiativeId);
        checkLinkable(actor, initiative);
        Initiative original = publicInitiative(originalId);
        if (initiativeId == originalId) {
            throw new ExchangeException("exchange.error.itself", "initiative " + initiativeId + " replicating itself");
        }
        String text = adaptation(adaptation);
        if (!pair(initiativeId, originalId).isEmpty() || !pair(originalId, initiativeId).isEmpty()) {
            throw new ExchangeException("exchange.error.linked", initiativeId + " and " + originalId + " are linked");
        }
        em.persist(new Replication(initiative, original, text, actor.getId(), clock.instant()));
        em.flush();
        counts.recount(original.getId());
        changed.fire(new InitiativeChanged(initiative.getId()));
        changed.fire(new InitiativeChanged(original.getId()));
    }

    /** Removes the link of {@code initiativeId} to {@code originalId}, for its organisation or an administrator. */
    public void unlink(@NotNull Long actorId, long initiativeId, long originalId) {
        Account actor = Access.actor(em, actorId);
        List<Replication> found = pair(initiativeId, originalId);
        if (found.isEmpty()) {
            return;
        }
        Replication replication = found.get(0);
        checkLinkable(actor, replication.getInitiative());
        Initiative original = replication.getOriginal();
        em.remove(replication);
        em.flush();
        counts.recount(original.getId());
        changed.fire(new InitiativeChanged(initiativeId));
        changed.fire(new InitiativeChanged(originalId));
    }

    /** Whether the signed-in person may link or unlink {@code initiativeId}: of their organisations, or an administrator. */
    public boolean mayUnlink(Long actorId, long initiativeId) {
        Account actor = actorId == null ? null : em.find(Account.class, actorId);
        Initiative initiative = em.find(Initiative.class, initiativeId);
        return actor != null && actor.isActive() && initiative != null && (actor.hasRole(Role.ADMINISTRATOR)
                || initiative.isOwnedBy(actor) || initiative.isPartneredBy(actor));
    }

    private static void checkLinkable(Account actor, Initiative initiative) {
        if (!actor.hasRole(Role.ADMINISTRATOR) && !initiative.isOwnedBy(actor) && !initiative.isPartneredBy(actor)) {
            throw new AccessDeniedException("account " + actor.getId() + " is not of initiative "
                    + initiative.getId() + "'s organisations");
        }
    }

    private List<Replication> pair(long initiativeId, long originalId) {
        return em.createNamedQuery(Replication.FIND_BY_PAIR, Replication.class)
                .setParameter("initiative", initiativeId).setParameter("original", originalId).getResultList();
    }

    private Initiative publicInitiative(long id) {
        Initiative initiative = em.find(Initiative.class, id);
        if (initiative == null || !initiative.isPublic()) {
            throw new ExchangeException("exchange.error.notPublic", "initiative " + id + " is not public");
        }
        return initiative;
    }

    /** Plain text, line breaks allowed, no other control characters, of the allowed length. */
    private static String adaptation(String text) {
        String stripped = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (stripped.length() < Replication.ADAPTATION_MIN || stripped.length() > Replication.ADAPTATION_MAX) {
            throw new ExchangeException("exchange.error.adaptationLength", stripped.length() + " characters");
        }
        if (stripped.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new ExchangeException("exchange.error.adaptationControl", "control character");
        }
        return stripped;
    }
}
