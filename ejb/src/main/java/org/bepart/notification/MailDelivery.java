package org.bepart.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The steps of sending one mail of the outbox: claim it (a transaction of its own, so that no other sender takes it),
 * hand it to the mail session {@code mail/bepart} outside any transaction, then settle it as sent or failed (another
 * transaction; a failure is tried again later). The session is looked up when needed, so that the application runs
 * (and keeps its mails) on a server where the deployer has not created it yet.
 */
@Stateless
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** What a sender needs of a claimed mail. */
    public record Claimed(long id, String recipient, String subject, String body, String listUnsubscribe,
                          String replyTo, int attempts, Instant createdAt) {

        /**
         * The same Message-ID at every attempt: a mail handed over by a server that died before recording it is handed
         * over again once its claim runs out, and mail systems take the second for the copy it is.
         */
        String messageId(String from) {
            String domain = from.substring(from.lastIndexOf('@') + 1).strip();
            return "<bepart." + id + "." + createdAt.toEpochMilli() + "@" + (domain.isEmpty() ? "bepart" : domain)
                    + ">";
        }
    }

    /** How handing a mail to the mail server ended: sent, or the error. */
    public record Outcome(long id, String error) {

        public boolean sent() {
            return error == null;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Ids of the mails due now, the oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return em.createNamedQuery(OutgoingMail.FIND_DUE, Long.class).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    /** Takes the mail for this sender if it is still due and nobody holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Claimed> claim(long mailId) {
        Instant now = clock.instant();
        int taken = em.createNamedQuery(OutgoingMail.CLAIM).setParameter("id", mailId).setParameter("now", now)
                .setParameter("until", now.plus(MailSettings.claim())).executeUpdate();
        if (taken == 0) {
            return Optional.empty();
        }
        OutgoingMail mail = em.find(OutgoingMail.class, mailId);
        return Optional.of(new Claimed(mail.getId(), mail.getRecipient(), mail.getSubject(), mail.getBody(),
                mail.getListUnsubscribe(), mail.getReplyTo(), mail.getAttempts(), mail.getCreatedAt()));
    }

    /** Hands a claimed mail to the mail server; no transaction, no database. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome send(Claimed mail) {
        if (mail.attempts() == 0 && MailSettings.logMails()) {
            LOG.info("Mail to " + mail.recipient() + "\nSubject: " + mail.subject() + "\n\n" + mail.body());
        }
        try {
            Session session = InitialContext.doLookup(MailSettings.JNDI_NAME);
            String messageId = mail.messageId(MailSettings.from());
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(new InternetAddress(MailSettings.from(), "BePART", StandardCharsets.UTF_8.name()));
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            if (mail.replyTo() != null) {
                message.setReplyTo(InternetAddress.parse(mail.replyTo(), true));
            }
            if (mail.listUnsubscribe() != null) {
                message.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            Transport.send(message);
            return new Outcome(mail.id(), null);
        } catch (NamingException | MessagingException | UnsupportedEncodingException e) {
            LOG.warning("Mail " + mail.id() + " not sent (attempt " + (mail.attempts() + 1) + "): " + e
                    + (e instanceof NamingException ? " — create the mail session " + MailSettings.JNDI_NAME : ""));
            return new Outcome(mail.id(), e.toString());
        }
    }

    /** Records how sending ended and releases the claim. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settle(Outcome outcome) {
        OutgoingMail mail = em.find(OutgoingMail.class, outcome.id());
        if (mail == null || mail.getSentAt() != null) {
            return;
        }
        if (outcome.sent()) {
            mail.sent(clock.instant());
        } else {
            mail.attemptFailed(outcome.error(), clock.instant());
        }
    }
}
