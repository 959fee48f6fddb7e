package org.bepart.organisation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.bepart.account.Account;
import org.bepart.account.MembershipInvitation;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.country.MemberState;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.platform.Access;
import org.bepart.platform.PublicPagesChanged;
import org.bepart.platform.PublicPart;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Administrators' work on organisations: the list of all of them with filters, the "verified" badge of public
 * authorities, and merging duplicates. Every action is audited; editing details is {@link OrganisationService#edit}.
 */
@Stateless
public class OrganisationAdmin {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail trail;

    @Inject
    private Event<InitiativeChanged> changed;

    @Inject
    private Event<PublicPagesChanged> pagesChanged;

    /** A page of every organisation under the filter, by name, with its numbers of members and initiatives. */
    public AdminOrganisations list(@NotNull Long actorId, @NotNull @Valid AdminFilter filter) {
        Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Set<MemberState> countries = filter.country() == null ? EnumSet.allOf(MemberState.class)
                : EnumSet.of(filter.country());
        Set<OrganisationKind> kinds = filter.kind() == null ? EnumSet.allOf(OrganisationKind.class)
                : EnumSet.of(filter.kind());
        int verified = filter.verified() == null ? Organisation.VERIFIED_ANY
                : filter.verified() ? Organisation.VERIFIED_ONLY : Organisation.UNVERIFIED_ONLY;
        String name = filter.text() == null ? "%" : "%" + filter.text().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long total = em.createNamedQuery(Organisation.COUNT_ADMIN, Long.class).setParameter("countries", countries)
                .setParameter("kinds", kinds).setParameter("name", name).setParameter("verified", verified)
                .getSingleResult();
        int page = (int) Math.min(filter.page(), Math.max(1, (total + AdminFilter.SIZE - 1) / AdminFilter.SIZE));
        if (total == 0) {
            return new AdminOrganisations(List.of(), 0, page);
        }
        List<AdminRow> rows = em.createNamedQuery(Organisation.FIND_ADMIN, Object[].class)
                .setParameter("countries", countries).setParameter("kinds", kinds).setParameter("name", name)
                .setParameter("verified", verified)
                .setFirstResult((page - 1) * AdminFilter.SIZE).setMaxResults(AdminFilter.SIZE).getResultStream()
                .map(row -> new AdminRow((Long) row[0], ((Number) row[1]).intValue(), (String) row[2],
                        Initiative.slug((String) row[2]), (OrganisationKind) row[3], (MemberState) row[4],
                        row[5] != null, (java.time.Instant) row[6], ((Number) row[7]).longValue(),
                        ((Number) row[8]).longValue()))
                .toList();
        return new AdminOrganisations(rows, total, page);
    }

    /** Gives the public authority read at {@code version} the "verified" badge. */
    public void verify(@NotNull Long actorId, long organisationId, int version) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Organisation organisation = current(organisationId, version);
        organisation.verify(clock.instant());
        changed(actor, AuditAction.ORGANISATION_VERIFIED, organisation, organisation.getName());
    }

    /** Takes the badge away from the organisation read at {@code version}. */
    public void unverify(@NotNull Long actorId, long organisationId, int version) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Organisation organisation = current(organisationId, version);
        organisation.unverify();
        changed(actor, AuditAction.ORGANISATION_UNVERIFIED, organisation, organisation.getName());
    }

    /**
     * Merges the organisation read at {@code version} into its duplicate {@code keptId} (same sector) in one
     * transaction: its members become the kept one's, its initiatives (as owner or partner) and invitations move
     * there, a badge too, and it is removed. Returns how many initiatives moved.
     */
    public int merge(@NotNull Long actorId, long mergedId, int version, long keptId) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Organisation merged = current(mergedId, version);
        Organisation kept = find(keptId);
        if (merged.equals(kept)) {
            throw new OrganisationMergeException("organisationAdmin.error.mergeSelf", "merging " + mergedId
                    + " into itself");
        }
        if (merged.sector() != kept.sector()) {
            throw new OrganisationMergeException("organisationAdmin.error.mergeSector", mergedId + " and " + keptId
                    + " are of different sectors");
        }
        em.lock(kept, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // a merge into it at the same time fails
        for (Account member : em.createNamedQuery(Account.FIND_BY_ORGANISATION, Account.class)
                .setParameter("organisation", merged).getResultList()) {
            member.leave(merged);
            member.join(kept);
        }
        List<Initiative> initiatives = em.createNamedQuery(Initiative.FIND_BY_ORGANISATION, Initiative.class)
                .setParameter("organisation", merged).getResultList();
        for (Initiative initiative : initiatives) {
            initiative.replaceOrganisation(merged, kept);
            changed.fire(new InitiativeChanged(initiative.getId()));
        }
        em.createNamedQuery(MembershipInvitation.FIND_BY_ORGANISATION, MembershipInvitation.class)
                .setParameter("organisation", merged).getResultList().forEach(i -> i.transferTo(kept));
        if (merged.isVerified()) {
            kept.verify(clock.instant());
        }
        em.flush();
        em.remove(merged);
        trail.record(actor, AuditAction.ORGANISATIONS_MERGED, AuditEntry.ORGANISATION, kept.getId(),
                "#" + mergedId + " " + merged.getName() + " → " + kept.getName());
        pagesChanged.fire(new PublicPagesChanged(PublicPart.ORGANISATIONS, kept.getId()));
        return initiatives.size();
    }

    /**
     * What administrators did is audited; the directory, the organisation's page and its public initiatives show it,
     * on every server.
     */
    private void changed(Account actor, AuditAction action, Organisation organisation, String detail) {
        trail.record(actor, action, AuditEntry.ORGANISATION, organisation.getId(), detail);
        pagesChanged.fire(new PublicPagesChanged(PublicPart.ORGANISATIONS, organisation.getId()));
        em.createNamedQuery(Initiative.FIND_PUBLIC_BY_ORGANISATION, Initiative.class)
                .setParameter("organisation", organisation).setParameter("statuses", InitiativeStatus.publicOnes())
                .getResultList().forEach(initiative -> changed.fire(new InitiativeChanged(initiative.getId())));
    }

    private Organisation current(long organisationId, int version) {
        Organisation organisation = find(organisationId);
        if (organisation.getVersion() != version) {
            throw new ConcurrentChangeException("organisation " + organisationId + " is at version "
                    + organisation.getVersion() + ", not " + version);
        }
        return organisation;
    }

    private Organisation find(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("no organisation " + id);
        }
        return organisation;
    }
}
