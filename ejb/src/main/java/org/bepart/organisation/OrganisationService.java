package org.bepart.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeCard;
import org.bepart.initiative.InitiativeCards;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.platform.Access;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Organisations and their members. Any active account may create one and becomes its first member; members (and
 * administrators) describe it and add other accounts by their address; members may leave.
 */
@Stateless
public class OrganisationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Creates an organisation with {@code actorId} as its first member; returns its id. */
    public long create(@NotNull Long actorId, @NotNull @Valid OrganisationForm form) {
        Account actor = Access.actor(em, actorId);
        Organisation organisation = new Organisation(form.getName().strip(), form.getKind(), form.getCountry(),
                clock.instant());
        organisation.describe(form.getName().strip(), form.getKind(), form.getCountry(), blankToNull(form.getWebsite()),
                blankToNull(form.getDescription()));
        em.persist(organisation);
        actor.join(organisation);
        em.flush();
        return organisation.getId();
    }

    /** Replaces the description of an organisation read at {@code expectedVersion}: members and administrators. */
    public void edit(@NotNull Long actorId, long organisationId, int expectedVersion,
                     @NotNull @Valid OrganisationForm form) {
        Account actor = Access.actor(em, actorId);
        Organisation organisation = find(organisationId);
        if (!actor.isMemberOf(organisation) && !actor.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("account " + actorId + " does not edit organisation " + organisationId);
        }
        if (organisation.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("organisation " + organisationId + " is at version "
                    + organisation.getVersion() + ", not " + expectedVersion);
        }
        em.lock(organisation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        organisation.describe(form.getName().strip(), form.getKind(), form.getCountry(),
                blankToNull(form.getWebsite()), blankToNull(form.getDescription()));
    }

    /** A member (or an administrator) adds the active account with {@code email} to the organisation. */
    public void addMember(@NotNull Long actorId, long organisationId, @NotNull String email) {
        Account actor = Access.actor(em, actorId);
        Organisation organisation = find(organisationId);
        if (!actor.isMemberOf(organisation) && !actor.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("account " + actorId + " is no member of " + organisationId);
        }
        String address;
        try {
            address = Account.normaliseEmail(email);
        } catch (IllegalArgumentException e) {
            throw new UnknownAccountException(email);
        }
        Account member = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", address)
                .getResultStream().filter(Account::isActive).findFirst()
                .orElseThrow(() -> new UnknownAccountException(address));
        member.join(organisation);
    }

    /** The actor leaves the organisation; its initiatives stay with it. */
    public void leave(@NotNull Long actorId, long organisationId) {
        Account actor = Access.actor(em, actorId);
        Organisation organisation = find(organisationId);
        if (!actor.isMemberOf(organisation)) {
            throw new AccessDeniedException("account " + actorId + " is no member of " + organisationId);
        }
        actor.leave(organisation);
    }

    /** The organisations the actor belongs to, by name. */
    public List<OrganisationSummary> mine(@NotNull Long actorId) {
        Account actor = Access.actor(em, actorId);
        Collator collator = Collator.getInstance(Locale.ROOT);
        return actor.getOrganisations().stream().map(OrganisationSummary::of)
                .sorted(Comparator.comparing(OrganisationSummary::name, collator)).toList();
    }

    /** An organisation with its members, for its members and administrators. */
    public OrganisationEdit forEdit(@NotNull Long actorId, long organisationId) {
        Account actor = Access.actor(em, actorId);
        Organisation organisation = find(organisationId);
        if (!actor.isMemberOf(organisation) && !actor.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("account " + actorId + " does not edit organisation " + organisationId);
        }
        List<OrganisationEdit.Member> members = em.createNamedQuery(Account.FIND_BY_ORGANISATION, Account.class)
                .setParameter("organisation", organisation).getResultStream()
                .map(a -> new OrganisationEdit.Member(a.getId(), a.getDisplayName(), a.getEmail())).toList();
        return new OrganisationEdit(organisation.getId(), organisation.getVersion(), OrganisationForm.of(organisation),
                members);
    }

    /** The public profile: the organisation and its public initiatives, newest first. */
    public Optional<OrganisationProfile> profile(long organisationId, @NotNull Language language) {
        Organisation o = em.find(Organisation.class, organisationId);
        if (o == null) {
            return Optional.empty();
        }
        List<InitiativeCard> initiatives = InitiativeCards.of(em.createNamedQuery(
                        Initiative.FIND_PUBLIC_BY_ORGANISATION, Initiative.class)
                .setParameter("organisation", o).setParameter("statuses", InitiativeStatus.publicOnes())
                .getResultList(), language);
        return Optional.of(new OrganisationProfile(o.getId(), o.getName(), Initiative.slug(o.getName()), o.getKind(),
                o.getCountry(), o.getWebsite(), o.getDescription(), initiatives));
    }

    private Organisation find(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("no organisation " + id);
        }
        return organisation;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
