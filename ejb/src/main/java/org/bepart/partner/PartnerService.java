package org.bepart.partner;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.PartnerInvitation;
import org.bepart.lifecycle.PartnerInvited;
import org.bepart.lifecycle.PartnerJoined;
import org.bepart.initiative.Party;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationSummary;
import org.bepart.platform.Access;
import org.bepart.lifecycle.ContentChanges;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.EmailAddress;
import org.bepart.shared.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The partner side of initiatives. The owner's contributors (or an administrator) invite an organisation by a contact
 * address: a random single-use token is mailed (by an observer of {@link PartnerInvited}) and only its SHA-256 hash
 * kept. Whoever opens the link, signed in, joins with one of their organisations on the other side and gives its
 * perspective; a submitted initiative with both sides in then goes to review.
 */
@Stateless
public class PartnerService {

    /** The page of the link, relative to the public address. */
    public static final String LINK = "/account/partner?token=";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private InitiativeLifecycle lifecycle;

    @Inject
    private Event<PartnerInvited> invited;

    @Inject
    private Event<PartnerJoined> joined;


    @Inject
    private ContentChanges contentChanges;

    @EJB
    private AuditTrail trail;

    /**
     * Invites {@code organisationName} through {@code email}; open invitations of the initiative are revoked. The
     * owner's contributors invite while they may edit it and no partner has joined; administrators at any time.
     * Returns the id of the invitation.
     */
    public long invite(@NotNull Long actorId, long initiativeId,
                       @NotBlank @Size(max = Party.NAME_MAX) String organisationName,
                       @NotBlank @Size(max = Party.EMAIL_MAX) @EmailAddress String email) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = initiative(initiativeId);
        boolean administrator = actor.hasRole(Role.ADMINISTRATOR);
        if (!administrator) {
            if (!initiative.isOwnedBy(actor) || !initiative.isEditableByContributors()) {
                throw new AccessDeniedException("account " + actorId + " does not invite for " + initiativeId);
            }
            if (initiative.getPartner() != null) {
                throw new PartnerAlreadyJoinedException(initiativeId);
            }
        }
        Instant now = clock.instant();
        invitations(initiative).forEach(p -> p.revoke(now));
        String token = newToken();
        PartnerInvitation invitation = new PartnerInvitation(initiative, organisationName.strip(), email.strip(),
                hash(token), actor, now);
        em.persist(invitation);
        em.flush();
        invited.fire(new PartnerInvited(initiativeId, invitation.getId(), invitation.getEmail(),
                invitation.getOrganisationName(), LINK + token, actorId));
        if (administrator) {
            trail.record(actor, AuditAction.PARTNER_INVITED, AuditEntry.INITIATIVE, initiativeId,
                    invitation.getOrganisationName());
        }
        return invitation.getId();
    }

    /** The invitation of a link as the signed-in reader sees it; empty when the token is unknown. */
    public java.util.Optional<Invitation> invitation(@NotNull Long actorId, @NotNull String token,
                                                     @NotNull Language language) {
        Account actor = Access.actor(em, actorId);
        return find(token).map(p -> {
            Initiative i = p.getInitiative();
            Organisation owner = i.getOwner();
            List<OrganisationSummary> mine = actor.getOrganisations().stream()
                    .filter(o -> owner == null || !o.equals(owner) && owner.sector().canPartnerWith(o.sector()))
                    .map(OrganisationSummary::of).sorted(java.util.Comparator.comparing(OrganisationSummary::name))
                    .toList();
            List<OrganisationSummary> others = actor.getOrganisations().stream()
                    .map(OrganisationSummary::of).filter(o -> !mine.contains(o)).toList();
            return new Invitation(i.getId(), i.textFor(language).text().getTitle(),
                    owner == null ? null : owner.getName(), p.getOrganisationName(), p.getEmail(),
                    p.isOpen(clock.instant()) && i.getStatus() != InitiativeStatus.REJECTED, mine, others,
                    owner == null ? null : owner.sector());
        });
    }

    /**
     * The actor accepts the invitation of {@code token} for {@code organisationId} (one of its organisations, on the
     * other side of the owner) with its perspective. The link is used up; a submitted initiative with both sides in
     * goes to review.
     */
    public void join(@NotNull Long actorId, @NotNull String token, long organisationId,
                     @NotNull @Valid PerspectiveForm perspective) {
        join(actorId, token, organisationId, perspective, false);
    }

    /** As above; {@code showEmail} when the joining contact agrees to show its address on the public page. */
    public void join(@NotNull Long actorId, @NotNull String token, long organisationId,
                     @NotNull @Valid PerspectiveForm perspective, boolean showEmail) {
        Account actor = Access.actor(em, actorId);
        PartnerInvitation invitation = find(token).orElseThrow(() -> new InvitationException("unknown token"));
        Instant now = clock.instant();
        Initiative initiative = invitation.getInitiative();
        if (!invitation.isOpen(now) || initiative.getStatus() == InitiativeStatus.REJECTED) {
            throw new InvitationException("invitation " + invitation.getId() + " is not open");
        }
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !actor.isMemberOf(organisation)) {
            throw new AccessDeniedException("account " + actorId + " is no member of " + organisationId);
        }
        em.lock(initiative, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        initiative.joinAsPartner(organisation, actor, perspective.toPerspective(), showEmail, now);
        invitation.accept(actor, now);
        joined.fire(new PartnerJoined(initiative.getId(), organisation.getId(), actor.getId()));
        contentChanges.announce(initiative, actorId);
        lifecycle.startReviewIfBothSidesAreIn(initiative);
    }

    /** The partner's perspective for its members (and administrators) to edit. */
    public PartnerView partnerView(@NotNull Long actorId, long initiativeId, @NotNull Language language) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = initiative(initiativeId);
        checkPartner(actor, initiative);
        return new PartnerView(initiative.getId(), initiative.getVersion(),
                initiative.textFor(language).text().getTitle(),
                initiative.getOwner() == null ? null : initiative.getOwner().getName(),
                initiative.getPartner().getName(), new PerspectiveForm(initiative.getPartnerView()));
    }

    /** The partner's members change its perspective while the initiative is editable; administrators at any time. */
    public int describePartnerView(@NotNull Long actorId, long initiativeId, int version,
                                   @NotNull @Valid PerspectiveForm perspective) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = lifecycle.load(initiativeId, version);
        checkPartner(actor, initiative);
        initiative.describePartnerView(perspective.toPerspective(), clock.instant());
        em.flush();
        contentChanges.announce(initiative, actorId);
        return initiative.getVersion();
    }

    /** The partner side of an initiative for administrators. */
    public PartnerOverview overview(@NotNull Long actorId, long initiativeId, @NotNull Language language) {
        Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Initiative i = initiative(initiativeId);
        Instant now = clock.instant();
        return new PartnerOverview(i.getId(), i.getVersion(), i.textFor(language).text().getTitle(), i.getStatus(),
                i.getOwner() == null ? null : OrganisationSummary.of(i.getOwner()),
                i.getPartner() == null ? null : OrganisationSummary.of(i.getPartner()),
                i.getPartnerView() == null ? null : new PerspectiveForm(i.getPartnerView()),
                invitations(i).stream().map(p -> InvitationView.of(p, now)).toList());
    }

    /** An administrator removes the partner (and its perspective), so that another can be invited. */
    public void removePartner(@NotNull Long actorId, long initiativeId, int version) {
        Account actor = Access.actorWithRole(em, actorId, Role.ADMINISTRATOR);
        Initiative initiative = lifecycle.load(initiativeId, version);
        String partner = initiative.getPartner() == null ? null : initiative.getPartner().getName();
        initiative.dropPartner(clock.instant());
        trail.record(actor, AuditAction.PARTNER_REMOVED, AuditEntry.INITIATIVE, initiativeId, partner);
        contentChanges.announce(initiative, actorId);
    }

    private void checkPartner(Account actor, Initiative initiative) {
        if (initiative.getPartner() == null) {
            throw new NotFoundException("initiative " + initiative.getId() + " has no partner");
        }
        if (!initiative.isPartnerSideEditableBy(actor)) {
            throw new AccessDeniedException("account " + actor.getId() + " does not speak for the partner of "
                    + initiative.getId());
        }
    }

    private List<PartnerInvitation> invitations(Initiative initiative) {
        return em.createNamedQuery(PartnerInvitation.FIND_BY_INITIATIVE, PartnerInvitation.class)
                .setParameter("initiative", initiative).getResultList();
    }

    private java.util.Optional<PartnerInvitation> find(String token) {
        if (token.isBlank() || token.length() > 100) {
            return java.util.Optional.empty();
        }
        return em.createNamedQuery(PartnerInvitation.FIND_BY_HASH, PartnerInvitation.class)
                .setParameter("hash", hash(token)).getResultStream().findFirst();
    }

    private Initiative initiative(long id) {
        Initiative initiative = em.find(Initiative.class, id);
        if (initiative == null) {
            throw new NotFoundException("no initiative " + id);
        }
        return initiative;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
