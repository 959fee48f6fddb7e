package org.bepart.translation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.initiative.Initiative;
import org.bepart.language.Language;
import org.bepart.notification.MailSettings;
import org.bepart.notification.Notification;
import org.bepart.notification.NotificationKind;
import org.bepart.notification.Outbox;
import org.bepart.notification.RecipientTexts;

import java.time.Clock;

/**
 * Tells the translators of a language, in the transaction of the request, that readers ask for an initiative in it:
 * a notification in the app and a mail, both in the translator's own language, leading to the translation's page.
 */
@Stateless
public class TranslationNotifier {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Outbox outbox;

    public void requested(@Observes TranslationRequested event) {
        Initiative initiative = em.find(Initiative.class, event.initiativeId());
        if (initiative == null) {
            return;
        }
        String link = "/account/translation?initiative=" + initiative.getId() + "&language=" + event.language().tag();
        for (Account translator : em.createNamedQuery(Account.FIND_TRANSLATORS, Account.class)
                .setParameter("language", event.language()).getResultList()) {
            if (!translator.isActive() || translator.getId() == event.requesterId()) {
                continue;
            }
            Language language = translator.getLanguage();
            String title = initiative.textFor(language).text().getTitle();
            String written = RecipientTexts.format(language, "NotificationKind.TRANSLATION_REQUESTED", title,
                    RecipientTexts.label(language, event.language()));
            em.persist(new Notification(translator.getId(), NotificationKind.TRANSLATION_REQUESTED,
                    written.length() <= Notification.TEXT_MAX ? written
                            : written.substring(0, Notification.TEXT_MAX - 1) + "…", link, clock.instant()));
            outbox.send(translator.getEmail(), language, "mail.translationRequested", translator.getDisplayName(),
                    written, MailSettings.link(link), title);
        }
    }
}
