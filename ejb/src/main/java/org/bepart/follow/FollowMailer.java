package org.bepart.follow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.language.Language;
import org.bepart.newsletter.NewsletterTokens;
import org.bepart.notification.MailSettings;
import org.bepart.notification.Outbox;
import org.bepart.notification.RecipientTexts;

import java.time.Instant;
import java.util.List;

/**
 * Writes follow mails into the outbox in the caller's transaction, in the follower's language: one item at once, or a
 * digest of several. Every mail has an unsubscribe link of its own (its token's hash is kept), also in the
 * {@code List-Unsubscribe} header, which stops all follow mails of the account with one click.
 */
@Stateless
public class FollowMailer {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Outbox outbox;

    /** Mails {@code lines} (each an item's text and link) to {@code account}; {@code digest} names the delivery. */
    public void mail(Account account, List<String> lines, FollowDelivery delivery, Instant now) {
        Language language = account.getLanguage();
        String token = NewsletterTokens.newToken();
        em.persist(new FollowUnsubscribe(NewsletterTokens.hash(token), account.getId(), now));
        String unsubscribe = MailSettings.link("/following/unsubscribe?token=" + token + "&lang=" + language.tag());
        String items = "* " + String.join("\n\n* ", lines);
        String prefix = "follow.mail." + delivery.name().toLowerCase(java.util.Locale.ROOT);
        outbox.sendToList(account.getEmail(), RecipientTexts.format(language, prefix + ".subject", lines.size()),
                RecipientTexts.format(language, "follow.mail.body", account.getDisplayName(),
                        RecipientTexts.format(language, prefix + ".intro", lines.size()), items,
                        MailSettings.link("/account/following"), unsubscribe), unsubscribe);
    }
}
