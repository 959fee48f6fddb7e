package org.bepart.contact;

import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.PublicParty;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.organisation.OrganisationKind;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;
import org.bepart.submission.FormsAccess;
import org.bepart.submission.SubmissionService;
import org.bepart.submission.SubmissionTestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public contact data by consent (issue 11, point 13): a contact's address is public only once that person agreed;
 * visitors write to the others through a form whose messages are relayed (Reply-To the visitor), dropped when the
 * honeypot is filled, and limited per client address.
 */
@ExtendWith(ArquillianExtension.class)
class ContactServiceIT {

    @EJB
    private ContactService contacts;

    @EJB
    private SubmissionService submissions;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private SubmissionTestData data;

    @EJB
    private ConsentTestData consent;

    private static <T extends Throwable> T fails(Class<T> type, Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected " + type.getSimpleName() + ", got " + thrown, thrown);
    }

    /** A submitted (public) initiative of a new organisation; its author is the civil-society contact. */
    private long publicInitiative(long author) {
        long organisation = data.organisation(author, OrganisationKind.CIVIL_SOCIETY);
        SubmissionService.Saved saved = submissions.create(author, organisation,
                FormsAccess.basics("Consent " + UUID.randomUUID().toString().substring(0, 8)));
        saved = submissions.savePlace(author, saved.id(), saved.version(), FormsAccess.place());
        saved = submissions.saveProcess(author, saved.id(), saved.version(), FormsAccess.process());
        saved = submissions.saveResults(author, saved.id(), saved.version(), FormsAccess.results());
        lifecycle.submit(author, saved.id(), saved.version());
        return saved.id();
    }

    private PublicParty shown(long initiative) {
        return catalogue.find(initiative, Language.EN).orElseThrow().civilSociety();
    }

    private static ContactForm form(String name, String email, String message) {
        ContactForm form = new ContactForm();
        form.setName(name);
        form.setEmail(email);
        form.setMessage(message);
        return form;
    }

    @Test
    void onlyTheContactAgreesToShowTheAddressAndEverybodyInvolvedMayHideIt() {
        long author = data.account();
        long initiative = publicInitiative(author);
        long colleague = data.account();
        data.join(colleague, catalogue.find(initiative, Language.EN).orElseThrow().owner().organisationId());
        long stranger = data.account();
        long administrator = data.account(Role.ADMINISTRATOR);

        PublicParty before = shown(initiative);
        assertNull(before.email(), "no address without agreement");
        assertTrue(before.writable(), "visitors may write through the form");

        List<ContactConsent> consents = contacts.consents(colleague, initiative);
        assertEquals(1, consents.size());
        assertFalse(consents.get(0).mine());
        assertTrue(contacts.consents(author, initiative).get(0).mine());
        fails(AccessDeniedException.class, () -> contacts.consents(stranger, initiative));

        int version = data.version(initiative);
        for (long other : new long[] {colleague, stranger, administrator}) {
            fails(AccessDeniedException.class, () -> contacts.showEmail(other, initiative, version,
                    ContactSide.CIVIL_SOCIETY, true));
        }
        assertNull(shown(initiative).email());

        int shownAt = contacts.showEmail(author, initiative, version, ContactSide.CIVIL_SOCIETY, true);
        assertEquals(data.email(author), shown(initiative).email());
        assertFalse(shown(initiative).writable());
        fails(ConcurrentChangeException.class, () -> contacts.showEmail(author, initiative, version,
                ContactSide.CIVIL_SOCIETY, false));
        fails(AccessDeniedException.class, () -> contacts.showEmail(stranger, initiative, shownAt,
                ContactSide.CIVIL_SOCIETY, false));
        fails(NotFoundException.class, () -> contacts.showEmail(author, initiative, shownAt,
                ContactSide.PUBLIC_AUTHORITY, true));

        int hiddenAt = contacts.showEmail(colleague, initiative, shownAt, ContactSide.CIVIL_SOCIETY, false);
        assertNull(shown(initiative).email());
        int again = contacts.showEmail(author, initiative, hiddenAt, ContactSide.CIVIL_SOCIETY, true);
        contacts.showEmail(administrator, initiative, again, ContactSide.CIVIL_SOCIETY, false);
        assertNull(shown(initiative).email());
    }

    @Test
    void aMessageIsRelayedWithoutRevealingTheAddressAndRepliesGoToTheVisitor() {
        long author = data.account();
        long initiative = publicInitiative(author);
        String recipient = data.email(author);
        String client = "192.0.2." + (int) (Math.random() * 200);

        ContactCard card = contacts.card(initiative, ContactSide.CIVIL_SOCIETY, Language.EN).orElseThrow();
        assertFalse(card.toString().contains(recipient), "the card shows no address: " + card);
        assertTrue(contacts.card(initiative, ContactSide.PUBLIC_AUTHORITY, Language.EN).isEmpty(), "nobody there");

        contacts.write(initiative, ContactSide.CIVIL_SOCIETY, form("Lusine Petrosyan", " Lusine@Example.ORG ",
                "We would like to run the same workshops in Vanadzor."), client);
        List<ConsentTestData.Mail> mails = consent.mailsTo(recipient);
        assertEquals(1, mails.size());
        ConsentTestData.Mail mail = mails.get(0);
        assertEquals("lusine@example.org", mail.replyTo());
        assertTrue(mail.body().contains("We would like to run the same workshops in Vanadzor."), mail.body());
        assertTrue(mail.body().contains("Lusine Petrosyan"), mail.body());
        assertTrue(mail.body().contains("/initiatives/" + initiative + "/"), mail.body());
        assertEquals(1, consent.logged(initiative));
        String log = consent.logRows(initiative);
        assertFalse(log.contains(client) || log.contains("lusine"), "the log keeps no address: " + log);

        assertEquals("contact.error.email", fails(ContactException.class, () -> contacts.write(initiative,
                ContactSide.CIVIL_SOCIETY, form("X", "x,y@example.org", "Hi"), client)).getMessageKey());
        fails(NotFoundException.class, () -> contacts.write(initiative, ContactSide.PUBLIC_AUTHORITY,
                form("X", "x@example.org", "Hi"), client));
        assertEquals(1, consent.mailsTo(recipient).size());
    }

    @Test
    void theHoneypotDropsTheMessageAndTheLimitCountsPerClient() {
        long author = data.account();
        long initiative = publicInitiative(author);
        String recipient = data.email(author);
        String client = "198.51.100." + (int) (Math.random() * 200);

        ContactForm robot = form("Robot", "robot@example.org", "Buy now");
        robot.setWebsite("https://spam.example");
        contacts.write(initiative, ContactSide.CIVIL_SOCIETY, robot, client);
        assertTrue(consent.mailsTo(recipient).isEmpty(), "a filled honeypot sends nothing");
        assertEquals(0, consent.logged(initiative), "and is not counted");

        for (int i = 0; i < 5; i++) {
            contacts.write(initiative, ContactSide.CIVIL_SOCIETY, form("Ani", "ani@example.org", "Message " + i),
                    client);
        }
        ContactLimitException limited = fails(ContactLimitException.class, () -> contacts.write(initiative,
                ContactSide.CIVIL_SOCIETY, form("Ani", "ani@example.org", "One too many"), client));
        assertTrue(limited.retryAfter().compareTo(Duration.ZERO) > 0
                && limited.retryAfter().compareTo(Duration.ofHours(1)) <= 0, limited.retryAfter().toString());
        assertTrue(limited.retryAfterSeconds() >= 1);
        assertEquals(5, consent.mailsTo(recipient).size(), "the sixth was not sent");

        contacts.write(initiative, ContactSide.CIVIL_SOCIETY, form("Aram", "aram@example.org", "From elsewhere"),
                client + "1");
        assertEquals(6, consent.mailsTo(recipient).size(), "another client may still write");
    }

    @Test
    void draftsHaveNoContactForm() {
        long author = data.account();
        long organisation = data.organisation(author, OrganisationKind.CIVIL_SOCIETY);
        long draft = submissions.create(author, organisation, FormsAccess.basics("Draft")).id();
        assertTrue(contacts.card(draft, ContactSide.CIVIL_SOCIETY, Language.EN).isEmpty());
        fails(NotFoundException.class, () -> contacts.write(draft, ContactSide.CIVIL_SOCIETY,
                form("X", "x@example.org", "Hi"), "203.0.113.1"));
    }
}
