package org.bepart.contact;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.Party;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.notification.MailSettings;
import org.bepart.notification.Outbox;
import org.bepart.platform.Access;
import org.bepart.lifecycle.ContentChanges;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The contact persons of initiatives. A contact's e-mail address is public only when that person agreed (and any
 * member of either side, or an administrator, may withdraw it); visitors write to the contacts of public initiatives
 * through a form whose message is relayed by mail with the visitor's address to reply to, so that the contact's
 * address stays unknown to them.
 */
@Stateless
public class ContactService {

    private static final Logger LOG = Logger.getLogger(ContactService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private Outbox outbox;

    @Inject
    private ContactLimit limit;


    @Inject
    private ContentChanges contentChanges;

    /** The contact of {@code side} of a public initiative, when it has an address to write to. */
    public Optional<ContactCard> card(long initiativeId, @NotNull ContactSide side, @NotNull Language language) {
        return writable(initiativeId, side).map(i -> {
            Party party = side.of(i);
            String title = i.textFor(language).text().getTitle();
            return new ContactCard(i.getId(), title, Initiative.slug(title), side, party.getName(),
                    party.getContactPerson());
        });
    }

    /**
     * Relays a visitor's message to the contact of {@code side}: a mail in the contact's language whose replies go to
     * the visitor. {@code client} is the visitor's address, for the rate limit ({@link ContactLimit}). A form whose
     * hidden field was filled in (a robot) is accepted and dropped.
     */
    public void write(long initiativeId, @NotNull ContactSide side, @NotNull @Valid ContactForm form,
                      @NotBlank String client) {
        if (form.isTrapped()) {
            LOG.info(() -> "Contact form with its hidden field filled in, dropped (initiative " + initiativeId + ")");
            return;
        }
        Initiative initiative = writable(initiativeId, side)
                .orElseThrow(() -> new NotFoundException("no contact to write to: " + initiativeId + " " + side));
        String sender = senderAddress(form.getEmail());
        limit.acquire(client, initiativeId, side).ifPresent(wait -> {
            throw new ContactLimitException(wait);
        });
        Party party = side.of(initiative);
        Language language = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", party.getEmail().toLowerCase(java.util.Locale.ROOT)).getResultStream()
                .filter(Account::isActive).map(Account::getLanguage).findFirst()
                .orElse(initiative.getOriginalLanguage());
        String title = initiative.textFor(language).text().getTitle();
        outbox.sendReplyingTo(party.getEmail(), sender, language, "contact.mail.message", title,
                form.getName().strip(), sender, form.getMessage().strip(),
                MailSettings.link("/initiatives/" + initiative.getId() + "/" + Initiative.slug(title)));
    }

    /** The contacts of an initiative and whether each shows its address, for its contributors, partner and admins. */
    public List<ContactConsent> consents(@NotNull Long actorId, long initiativeId) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = em.find(Initiative.class, initiativeId);
        if (initiative == null) {
            throw new NotFoundException("no initiative " + initiativeId);
        }
        List<ContactConsent> consents = new ArrayList<>();
        for (ContactSide side : ContactSide.values()) {
            Party party = side.of(initiative);
            if (party != null && party.getEmail() != null) {
                consents.add(new ContactConsent(side, party.getName(), party.getContactPerson(), party.getEmail(),
                        party.isEmailPublic(), isContact(actor, party)));
            }
        }
        boolean involved = initiative.isEditableBy(actor) || initiative.isPartneredBy(actor)
                || initiative.isOwnedBy(actor) || consents.stream().anyMatch(ContactConsent::mine);
        if (!involved) {
            throw new AccessDeniedException("account " + actorId + " has no part in initiative " + initiativeId);
        }
        return consents;
    }

    /**
     * Shows or hides the address of the contact of {@code side} on the public pages. Only that contact may agree to
     * show it; the contact, the members of either organisation and administrators may hide it. Returns the
     * initiative's new version.
     */
    public int showEmail(@NotNull Long actorId, long initiativeId, int version, @NotNull ContactSide side,
                         boolean shown) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = lifecycle.load(initiativeId, version);
        Party party = side.of(initiative);
        if (party == null || party.getEmail() == null) {
            throw new NotFoundException("initiative " + initiativeId + " has no contact address on " + side);
        }
        boolean contact = isContact(actor, party);
        boolean allowed = shown ? contact : contact || actor.hasRole(Role.ADMINISTRATOR)
                || initiative.isOwnedBy(actor) || initiative.isPartneredBy(actor);
        if (!allowed) {
            throw new AccessDeniedException("account " + actorId + " may not " + (shown ? "show" : "hide")
                    + " the address of " + side + " of " + initiativeId);
        }
        if (party.isEmailPublic() != shown) {
            side.set(initiative, party.withEmailPublic(shown), clock.instant());
            em.flush();
            contentChanges.announce(initiative, actorId);
        }
        return initiative.getVersion();
    }

    private static boolean isContact(Account actor, Party party) {
        return party.getEmail() != null && party.getEmail().equalsIgnoreCase(actor.getEmail());
    }

    private Optional<Initiative> writable(long initiativeId, ContactSide side) {
        Initiative initiative = em.find(Initiative.class, initiativeId);
        if (initiative == null || !initiative.isPublic()) {
            return Optional.empty();
        }
        Party party = side.of(initiative);
        return party == null || party.getEmail() == null ? Optional.empty() : Optional.of(initiative);
    }

    /** The visitor's address as one mail address, lower case; refused when it is not exactly one. */
    private static String senderAddress(String email) {
        try {
            String address = Account.normaliseEmail(email.strip());
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!address.equals(parsed.getAddress())) {
                throw new AddressException("not a single plain address", address);
            }
            return address;
        } catch (IllegalArgumentException | AddressException e) {
            throw new ContactException("contact.error.email", "not an address: " + email);
        }
    }
}
