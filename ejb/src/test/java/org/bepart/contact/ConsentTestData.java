package org.bepart.contact;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.TestAccounts;
import org.bepart.language.Language;
import org.bepart.organisation.Organisation;

import java.util.List;

/** A look at what consent and forms store (accounts, outbox, logs), independent of the services. */
@Stateless
public class ConsentTestData {

    @PersistenceContext
    private EntityManager em;

    /** A mail of the outbox, as it would leave. */
    public record Mail(String recipient, String subject, String body, String replyTo) {
    }

    /** A confirmed account with this address. */
    public long account(String email, Language language) {
        return TestAccounts.verified(em, email, "Person " + email.substring(0, email.indexOf('@')),
                TestAccounts.NO_PASSWORD, language).getId();
    }

    /** The outbox's mails to {@code email}, oldest first. */
    public List<Mail> mailsTo(String email) {
        List<?> rows = em.createNativeQuery("SELECT recipient, subject, body, reply_to FROM outgoing_mail "
                + "WHERE recipient = ? ORDER BY id").setParameter(1, email).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Mail((String) r[0], (String) r[1], (String) r[2],
                (String) r[3])).toList();
    }

    public boolean isMember(long accountId, long organisationId) {
        return em.find(Account.class, accountId).isMemberOf(em.find(Organisation.class, organisationId));
    }

    /** The relayed messages logged for an initiative. */
    public long logged(long initiativeId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM contact_message WHERE initiative_id = ?")
                .setParameter(1, initiativeId).getSingleResult()).longValue();
    }

    /** Every value of the log's rows of an initiative, to show that no address is kept there. */
    public String logRows(long initiativeId) {
        List<?> rows = em.createNativeQuery("SELECT initiative_id, side, client_key, sent_at FROM contact_message "
                + "WHERE initiative_id = ?").setParameter(1, initiativeId).getResultList();
        return rows.stream().map(r -> java.util.Arrays.deepToString((Object[]) r)).toList().toString();
    }
}
