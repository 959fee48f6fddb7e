package org.bepart.web.contact;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.contact.ContactCard;
import org.bepart.contact.ContactForm;
import org.bepart.contact.ContactLimitException;
import org.bepart.contact.ContactService;
import org.bepart.contact.ContactSide;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.ClientAddress;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * Backs {@code contact.xhtml} at {@code /contact?initiative=N&side=civil-society|public-authority}: a visitor writes to
 * a contact person of a public initiative without seeing the address. A refusal keeps what was typed; too many
 * messages answer 429 with {@code Retry-After}; a robot that filled the hidden field is told it was sent.
 */
@Named
@ViewScoped
public class ContactPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ContactService contacts;

    @Inject
    private transient ReaderLanguage reader;

    @Inject
    private transient Messages messages;

    @Inject
    private transient ClientAddress clients;

    private String initiative;
    private String side;
    private ContactCard card;
    private final ContactForm form = new ContactForm();
    private boolean sent;

    public void load() throws IOException {
        if (card != null) {
            return;
        }
        Optional<ContactSide> chosen = ContactSide.fromSlug(side);
        if (initiative == null || !initiative.matches("[0-9]{1,18}") || chosen.isEmpty()) {
            Faces.responseSendError(404, "no such contact");
            return;
        }
        card = contacts.card(Long.parseLong(initiative), chosen.get(), reader.getLanguage()).orElse(null);
        if (card == null) {
            Faces.responseSendError(404, "no such contact");
        }
    }

    public void send() {
        try {
            contacts.write(card.initiativeId(), card.side(), form, clients.of(Faces.getRequest()));
            sent = true;
            messages.info("contact.sent");
        } catch (RuntimeException e) {
            ContactLimitException limit = limitOf(e);
            if (limit != null) {
                Faces.getResponse().setStatus(429);
                Faces.getResponse().setHeader("Retry-After", Long.toString(limit.retryAfterSeconds()));
                messages.error(limit.getMessageKey(), (limit.retryAfterSeconds() + 59) / 60);
            } else if (Messages.keyOf(e).equals("contact.error.email")) {
                messages.errorFor("contact:email", "contact.error.email");
            } else {
                messages.failure(e);
            }
        }
    }

    private static ContactLimitException limitOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ContactLimitException limit) {
                return limit;
            }
        }
        return null;
    }

    public String getInitiative() {
        return initiative;
    }

    public void setInitiative(String initiative) {
        this.initiative = initiative;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public ContactCard getCard() {
        return card;
    }

    public ContactForm getForm() {
        return form;
    }

    public boolean isSent() {
        return sent;
    }

    /** The label of the contact's side, e.g. "Civil society". */
    public String getSideLabel() {
        return reader.text(card.side() == ContactSide.CIVIL_SOCIETY ? "initiative.civilSociety"
                : "initiative.publicAuthority");
    }
}
