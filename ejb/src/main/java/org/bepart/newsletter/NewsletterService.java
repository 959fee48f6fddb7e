package org.bepart.newsletter;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.account.Account;
import org.bepart.language.Language;
import org.bepart.notification.MailSettings;
import org.bepart.notification.Outbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Subscription to the newsletter for anybody, without an account: double opt-in (a confirmation link mailed in the
 * chosen language, single use, valid {@value #CONFIRM_DAYS} days) and unsubscription in one click. Answers alike
 * whether an address was known or not.
 */
@Stateless
public class NewsletterService {

    static final int CONFIRM_DAYS = 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Outbox outbox;

    /** Mails a confirmation link to {@code email} in {@code language}; nothing is sent to the address before. */
    public void subscribe(String email, @NotNull Language language) {
        String address;
        try {
            address = Subscriber.normalise(Account.normaliseEmail(email));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NewsletterException("newsletter.error.email", "not an address: " + email);
        }
        Instant now = clock.instant();
        Subscriber subscriber = em.createNamedQuery(Subscriber.FIND_BY_EMAIL, Subscriber.class)
                .setParameter("email", address).getResultStream().findFirst().orElse(null);
        if (subscriber == null) {
            subscriber = new Subscriber(address, language, NewsletterTokens.newToken(), now);
            em.persist(subscriber);
        }
        String token = NewsletterTokens.newToken();
        subscriber.requestConfirmation(language, NewsletterTokens.hash(token),
                now.plus(Duration.ofDays(CONFIRM_DAYS)), now);
        em.flush();
        outbox.send(address, language, "newsletter.mail.confirm",
                MailSettings.link("/newsletter/confirm?token=" + token), CONFIRM_DAYS,
                unsubscribeLink(subscriber.getUnsubscribeToken()));
    }

    /** Confirms the subscription of the link; the language of its mails, or empty when the link is not valid. */
    public Optional<Language> confirm(String token) {
        if (!NewsletterTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<Subscriber> subscriber = em.createNamedQuery(Subscriber.FIND_BY_CONFIRM_HASH, Subscriber.class)
                .setParameter("hash", NewsletterTokens.hash(token)).getResultStream().findFirst();
        return subscriber.filter(s -> s.confirm(NewsletterTokens.hash(token), clock.instant()))
                .map(Subscriber::getLanguage);
    }

    /** Ends the subscription of the link; the language of its mails, or empty when the link is not valid. */
    public Optional<Language> unsubscribe(String token) {
        if (!NewsletterTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<Subscriber> subscriber = em.createNamedQuery(Subscriber.FIND_BY_UNSUBSCRIBE_TOKEN,
                Subscriber.class).setParameter("token", token.strip()).getResultStream().findFirst();
        subscriber.ifPresent(s -> s.unsubscribe(clock.instant()));
        return subscriber.map(Subscriber::getLanguage);
    }

    static String unsubscribeLink(String token) {
        return MailSettings.link("/newsletter/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}
