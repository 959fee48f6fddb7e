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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Subscription to the newsletter for anybody, without an account: double opt-in (a confirmation link mailed in the
 * chosen language, single use, valid {@value #CONFIRM_DAYS} days; asking again changes nothing before the new link is
 * followed) and unsubscription through the link of any mail. Links are followed in two steps, a page and its button,
 * so that mail scanners opening them change nothing; the one-click POST of {@code List-Unsubscribe-Post} needs no
 * page. Only hashes of the links' tokens are stored. Answers alike whether an address was known or not.
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
            address = Subscriber.normalise(Account.normaliseEmail(email.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NewsletterException("newsletter.error.email", "not an address: " + email);
        }
        Instant now = clock.instant();
        Subscriber subscriber = em.createNamedQuery(Subscriber.FIND_BY_EMAIL, Subscriber.class)
                .setParameter("email", address).getResultStream().findFirst().orElse(null);
        if (subscriber == null) {
            subscriber = new Subscriber(address, language, now);
            em.persist(subscriber);
        }
        String token = NewsletterTokens.newToken();
        subscriber.requestConfirmation(language, NewsletterTokens.hash(token),
                now.plus(Duration.ofDays(CONFIRM_DAYS)), now);
        em.flush();
        outbox.send(address, language, "newsletter.mail.confirm",
                MailSettings.link("/newsletter/confirm?token=" + token), CONFIRM_DAYS,
                unsubscribeLink(em, subscriber, now));
    }

    /** Whether a confirmation link is good, so that its page shows the button or says that it is not. */
    public boolean isConfirmLinkValid(String token) {
        return pendingConfirmation(token).isPresent();
    }

    /** Confirms the subscription of the link; the language of its mails, or empty when the link is not valid. */
    public Optional<Language> confirm(String token) {
        return pendingConfirmation(token).filter(s -> s.confirm(NewsletterTokens.hash(token), clock.instant()))
                .map(Subscriber::getLanguage);
    }

    /** The language of an unsubscribe link's subscription, or empty when the link is not valid. */
    public Optional<Language> unsubscribeLink(String token) {
        return unsubscribeToken(token).map(t -> t.getSubscriber().getLanguage());
    }

    /** Ends the subscription of the link; the language of its mails, or empty when the link is not valid. */
    public Optional<Language> unsubscribe(String token) {
        Optional<Subscriber> subscriber = unsubscribeToken(token).map(UnsubscribeToken::getSubscriber);
        subscriber.ifPresent(s -> s.unsubscribe(clock.instant()));
        return subscriber.map(Subscriber::getLanguage);
    }

    private Optional<Subscriber> pendingConfirmation(String token) {
        if (!NewsletterTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = NewsletterTokens.hash(token);
        return em.createNamedQuery(Subscriber.FIND_BY_CONFIRM_HASH, Subscriber.class).setParameter("hash", hash)
                .getResultStream().filter(s -> s.canConfirm(hash, clock.instant())).findFirst();
    }

    private Optional<UnsubscribeToken> unsubscribeToken(String token) {
        if (!NewsletterTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(UnsubscribeToken.class, NewsletterTokens.hash(token)));
    }

    /** A new unsubscribe link of {@code subscriber} for one mail: its token goes into the link, its hash is kept. */
    static String unsubscribeLink(EntityManager em, Subscriber subscriber, Instant now) {
        String token = NewsletterTokens.newToken();
        em.persist(new UnsubscribeToken(NewsletterTokens.hash(token), subscriber, now));
        return MailSettings.link("/newsletter/unsubscribe?token=" + token);
    }
}
