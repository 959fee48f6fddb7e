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
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends one mail of the outbox through the mail session {@code mail/bepart}, each in a transaction of its own; a
 * failure is recorded on the mail, which is tried again later. The session is looked up when needed, so that the
 * application runs (and keeps its mails) on a server where the deployer has not created it yet.
 */
@Stateless
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Ids of the mails due now, the oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return em.createNamedQuery(OutgoingMail.FIND_DUE, OutgoingMail.class).setParameter("now", clock.instant())
                .setMaxResults(max).getResultStream().map(OutgoingMail::getId).toList();
    }

    /** Sends the mail if it is still due; returns whether it went out. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long mailId) {
        OutgoingMail mail = em.find(OutgoingMail.class, mailId);
        Instant now = clock.instant();
        if (mail == null || mail.getSentAt() != null || mail.getFailedAt() != null
                || mail.getNextAttemptAt().isAfter(now)) {
            return false;
        }
        if (mail.getAttempts() == 0 && MailSettings.logMails()) {
            LOG.info("Mail to " + mail.getRecipient() + "\nSubject: " + mail.getSubject() + "\n\n" + mail.getBody());
        }
        try {
            Session session = InitialContext.doLookup(MailSettings.JNDI_NAME);
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(MailSettings.from(), "BePART", StandardCharsets.UTF_8.name()));
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
            message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(now));
            if (mail.getListUnsubscribe() != null) {
                message.setHeader("List-Unsubscribe", "<" + mail.getListUnsubscribe() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            Transport.send(message);
            mail.sent(clock.instant());
            return true;
        } catch (NamingException | MessagingException | UnsupportedEncodingException e) {
            mail.attemptFailed(e.toString(), clock.instant());
            LOG.warning("Mail " + mailId + " not sent (attempt " + mail.getAttempts() + "): " + e
                    + (e instanceof NamingException ? " — create the mail session " + MailSettings.JNDI_NAME : ""));
            return false;
        }
    }
}
