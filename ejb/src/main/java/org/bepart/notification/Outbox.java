package org.bepart.notification;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.bepart.language.Language;

import java.time.Clock;

/**
 * Puts mails into the outbox in the caller's transaction: a mail exists exactly when what caused it was saved. Texts
 * come from the bundle in the recipient's language: {@code KEY.subject} and {@code KEY.body}, with the same arguments.
 */
@Stateless
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    public void send(@NotBlank String recipient, @NotNull Language language, @NotBlank String key,
                     Object... arguments) {
        queue(new OutgoingMail(recipient, RecipientTexts.format(language, key + ".subject", arguments),
                RecipientTexts.format(language, key + ".body", arguments), clock.instant()));
    }

    /** As {@link #send}, with replies going to {@code replyTo} instead of the platform's address. */
    public void sendReplyingTo(@NotBlank String recipient, @NotBlank String replyTo, @NotNull Language language,
                               @NotBlank String key, Object... arguments) {
        queue(new OutgoingMail(recipient, RecipientTexts.format(language, key + ".subject", arguments),
                RecipientTexts.format(language, key + ".body", arguments), clock.instant()).replyingTo(replyTo));
    }

    private void queue(OutgoingMail mail) {
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
    }

    /** A mail of a list (the newsletter) with texts already written, and its List-Unsubscribe address. */
    public void sendToList(@NotBlank String recipient, @NotBlank String subject, @NotBlank String body,
                           @NotBlank String unsubscribeUrl) {
        OutgoingMail mail = new OutgoingMail(recipient, subject, body, unsubscribeUrl, clock.instant());
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
    }
}
