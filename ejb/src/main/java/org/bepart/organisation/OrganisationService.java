package org.bepart.organisation;

import org.bepart.account.MembershipInvitation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.country.MemberState;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeCard;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.notification.MailSettings;
import org.bepart.notification.Outbox;
import org.bepart.platform.Access;
import org.bepart.platform.PublicPagesChanged;
import org.bepart.platform.PublicPart;
import org.bepart.lifecycle.InitiativeChanged;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Organisations and their members. Any active account may create one and becomes its first member; members (and
 * administrators) describe it and invite others by their address; nobody becomes a member without accepting (the
 * account with the invited address, once confirmed, accepts or declines); members may leave.
 */
@Stateless
public class OrganisationService {

    /** Where invited people find their invitations, relative to the public address. */
    public static final String INVITATIONS_PAGE = "/account/organisations";
    /** Open invitations an organisation may have at once: enough for a team, too few to send mail in bulk. */
    public static final int OPEN_INVITATIONS_MAX = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Outbox outbox;

    @EJB
    private AuditTrail trail;

    @EJB
    private InitiativeCatalogue catalogue;

    @Inject
    private Event<InitiativeChanged> changed;

    @Inject
    private Event<PublicPagesChanged> pagesChanged;

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
        audit(actor, AuditAction.ORGANISATION_EDITED, organisation, organisation.getName());
        pagesChanged.fire(new PublicPagesChanged(PublicPart.ORGANISATIONS, organisationId)); // the directory, its page
        // its name is in its public initiatives' pages and search documents, on every server
        em.createNamedQuery(Initiative.FIND_PUBLIC_BY_ORGANISATION, Initiative.class)
                .setParameter("organisation", organisation).setParameter("statuses", InitiativeStatus.publicOnes())
                .getResultList().forEach(initiative -> changed.fire(new InitiativeChanged(initiative.getId())));
    }

    /** What administrators do to organisations goes into the audit trail; members' own work does not. */
    private void audit(Account actor, AuditAction action, Organisation organisation, String detail) {
        if (actor.hasRole(Role.ADMINISTRATOR)) {
            trail.record(actor, action, AuditEntry.ORGANISATION, organisation.getId(), detail);
        }
    }

    /**
     * A member (or an administrator) invites {@code email} to join. The answer is the same whether or not the address
     * has an account: a mail goes to it either way (with a link to the invitations, where a newcomer registers first
     * with that address), and the person becomes a member only by accepting. Inviting an address again renews its
     * open invitation.
     */
    public void inviteMember(@NotNull Long actorId, long organisationId,
                             @NotBlank @Size(max = Account.EMAIL_MAX) String email) {
        Account actor = Access.actor(em, actorId);
        Organisation organisation = find(organisationId);
        checkMember(actor, organisation);
        String address;
        try {
            address = Account.normaliseEmail(email.strip());
        } catch (IllegalArgumentException e) {
            throw new MembershipException("membership.invalidEmail", "not an address: " + email);
        }
        Optional<Account> invited = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", address).getResultStream().filter(Account::isActive).findFirst();
        if (invited.map(a -> a.isMemberOf(organisation)).orElse(false)) {
            // the members are listed on the page that invites, so this tells nothing new
            throw new MembershipException("membership.alreadyMember", address + " is a member already");
        }
        Instant now = clock.instant();
        List<MembershipInvitation> open = openInvitations(organisation, now);
        Optional<MembershipInvitation> again = open.stream().filter(i -> i.getEmail().equals(address)).findFirst();
        if (again.isPresent()) {
            again.get().renew(actor, now);
        } else if (open.size() >= OPEN_INVITATIONS_MAX) {
            throw new MembershipException("membership.tooMany", organisationId + " has " + open.size()
                    + " open invitations");
        } else {
            em.persist(new MembershipInvitation(organisation, address, actor, now));
        }
        audit(actor, AuditAction.MEMBER_INVITED, organisation, organisation.getName());
        Language language = invited.map(Account::getLanguage).orElse(actor.getLanguage());
        outbox.send(address, language, "membership.mail.invitation", organisation.getName(), actor.getDisplayName(),
                MailSettings.link(INVITATIONS_PAGE), MailSettings.link("/register"),
                MembershipInvitation.LIFETIME.toDays());
    }

    /** The open invitations to the actor's own address, newest first. */
    public List<InvitationToJoin> myInvitations(@NotNull Long actorId) {
        Account actor = Access.actor(em, actorId);
        return em.createNamedQuery(MembershipInvitation.FIND_OPEN_BY_EMAIL, MembershipInvitation.class)
                .setParameter("email", actor.getEmail()).setParameter("now", clock.instant()).getResultStream()
                .map(i -> new InvitationToJoin(i.getId(), i.getOrganisation().getId(), i.getOrganisation().getName(),
                        nameOf(i.getInvitedBy()), i.getExpiresAt())).toList();
    }

    /** The actor accepts an open invitation to its own address and joins the organisation. */
    public void acceptInvitation(@NotNull Long actorId, long invitationId) {
        Account actor = Access.actor(em, actorId);
        MembershipInvitation invitation = invitationFor(actor, invitationId);
        if (actor.isMemberOf(invitation.getOrganisation())) {
            invitation.decline(actor, clock.instant()); // nothing left to accept: it only leaves the list
            return;
        }
        invitation.accept(actor, clock.instant());
    }

    /** The actor declines an open invitation to its own address. */
    public void declineInvitation(@NotNull Long actorId, long invitationId) {
        Account actor = Access.actor(em, actorId);
        invitationFor(actor, invitationId).decline(actor, clock.instant());
    }

    /** A member (or an administrator) withdraws an open invitation of the organisation. */
    public void revokeInvitation(@NotNull Long actorId, long organisationId, long invitationId) {
        Account actor = Access.actor(em, actorId);
        Organisation organisation = find(organisationId);
        checkMember(actor, organisation);
        MembershipInvitation invitation = em.find(MembershipInvitation.class, invitationId);
        Instant now = clock.instant();
        if (invitation == null || !invitation.getOrganisation().equals(organisation) || !invitation.isOpen(now)) {
            throw new NotFoundException("no open invitation " + invitationId + " of " + organisationId);
        }
        invitation.revoke(actor, now);
        audit(actor, AuditAction.MEMBER_INVITATION_REVOKED, organisation, organisation.getName());
    }

    /** An open invitation to the actor's address; others' invitations do not exist for it. */
    private MembershipInvitation invitationFor(Account actor, long invitationId) {
        MembershipInvitation invitation = em.find(MembershipInvitation.class, invitationId);
        if (invitation == null || !invitation.isFor(actor) || !invitation.isOpen(clock.instant())) {
            throw new NotFoundException("no open invitation " + invitationId + " for account " + actor.getId());
        }
        return invitation;
    }

    private List<MembershipInvitation> openInvitations(Organisation organisation, Instant now) {
        return em.createNamedQuery(MembershipInvitation.FIND_OPEN_BY_ORGANISATION, MembershipInvitation.class)
                .setParameter("organisation", organisation).setParameter("now", now).getResultList();
    }

    private String nameOf(Long accountId) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        return account == null ? null : account.getDisplayName();
    }

    private static void checkMember(Account actor, Organisation organisation) {
        if (!actor.isMemberOf(organisation) && !actor.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("account " + actor.getId() + " is no member of " + organisation.getId());
        }
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
        List<OrganisationEdit.Invited> invitations = openInvitations(organisation, clock.instant()).stream()
                .map(i -> new OrganisationEdit.Invited(i.getId(), i.getEmail(), i.getInvitedAt(), i.getExpiresAt()))
                .toList();
        return new OrganisationEdit(organisation.getId(), organisation.getVersion(), OrganisationForm.of(organisation),
                members, invitations);
    }

    /** The public profile with the first page of its initiatives. */
    public Optional<OrganisationProfile> profile(long organisationId, @NotNull Language language) {
        return profile(organisationId, language, 1);
    }

    /**
     * The public profile: the organisation and a page of its public initiatives, newest first
     * ({@link OrganisationProfile#CARDS_PER_PAGE}; a page past the last shows the last).
     */
    public Optional<OrganisationProfile> profile(long organisationId, @NotNull Language language, @Min(1) int page) {
        Organisation o = em.find(Organisation.class, organisationId);
        if (o == null) {
            return Optional.empty();
        }
        // the ids from the database, the cards of one page from the search index: two statements in all
        List<Long> ids = em.createNamedQuery(Initiative.FIND_PUBLIC_IDS_BY_ORGANISATION, Long.class)
                .setParameter("organisation", o.getId()).setParameter("statuses", InitiativeStatus.publicOnes())
                .getResultList();
        int per = OrganisationProfile.CARDS_PER_PAGE;
        int pages = Math.max(1, (ids.size() + per - 1) / per);
        int shown = Math.min(page, pages);
        List<InitiativeCard> initiatives = catalogue.cardsOf(
                List.copyOf(ids.subList((shown - 1) * per, Math.min(ids.size(), shown * per))), language);
        return Optional.of(new OrganisationProfile(o.getId(), o.getName(), Initiative.slug(o.getName()), o.getKind(),
                o.getCountry(), o.getWebsite(), o.getDescription(), o.isVerified(), initiatives, shown, pages,
                ids.size()));
    }

    /**
     * A page of the public directory: the organisations under the filter with the number of their public
     * initiatives, as owner or partner; a page past the last shows the last. Two statements: the count, the page.
     */
    public OrganisationDirectory directory(@NotNull @Valid DirectoryFilter filter) {
        Set<MemberState> countries = filter.country() == null ? EnumSet.allOf(MemberState.class)
                : EnumSet.of(filter.country());
        Set<OrganisationKind> kinds = EnumSet.allOf(OrganisationKind.class);
        kinds.removeIf(kind -> filter.sector() != null && kind.sector() != filter.sector());
        String name = filter.text() == null ? "%" : "%" + filter.text().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long total = em.createNamedQuery(Organisation.COUNT_DIRECTORY, Long.class).setParameter("countries", countries)
                .setParameter("kinds", kinds).setParameter("name", name).getSingleResult();
        int page = (int) Math.min(filter.page(), Math.max(1, (total + filter.size() - 1) / filter.size()));
        if (total == 0) {
            return new OrganisationDirectory(List.of(), 0, page, filter.size());
        }
        String query = filter.order() == DirectoryOrder.INITIATIVES ? Organisation.FIND_DIRECTORY_BY_INITIATIVES
                : Organisation.FIND_DIRECTORY_BY_NAME;
        List<DirectoryEntry> entries = em.createNamedQuery(query, Object[].class)
                .setParameter("countries", countries).setParameter("kinds", kinds).setParameter("name", name)
                .setParameter("statuses", InitiativeStatus.publicOnes())
                .setFirstResult((page - 1) * filter.size()).setMaxResults(filter.size()).getResultStream()
                .map(row -> new DirectoryEntry((Long) row[0], (String) row[1], Initiative.slug((String) row[1]),
                        (OrganisationKind) row[2], (MemberState) row[3], row[4] != null,
                        ((Number) row[5]).longValue()))
                .toList();
        return new OrganisationDirectory(entries, total, page, filter.size());
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
