package org.bepart.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.lifecycle.PartnerInvited;
import org.bepart.lifecycle.PartnerJoined;
import org.bepart.lifecycle.StatusChanged;
import org.bepart.language.Language;
import org.bepart.organisation.Organisation;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Tells the people of an initiative what happened to it, inside the transaction that did it: every active member of
 * the owner and partner organisations (except whoever did it) gets a notification in the in-app list and a mail,
 * both in their own language. An invited partner gets the invitation link by mail, no account needed.
 */
@Stateless
public class InitiativeNotifier {

    /** Decisions of the reviewers, whose message goes to the contributors. */
    private static final Set<InitiativeStatus> DECISIONS = EnumSet.of(InitiativeStatus.CHANGES_REQUESTED,
            InitiativeStatus.REJECTED, InitiativeStatus.VALIDATED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Outbox outbox;

    public void statusChanged(@Observes StatusChanged event) {
        Initiative initiative = em.find(Initiative.class, event.initiativeId());
        if (initiative == null) {
            return;
        }
        boolean reviewerMessage = DECISIONS.contains(event.to()) && event.message() != null
                && !event.message().isBlank();
        NotificationKind kind = reviewerMessage ? NotificationKind.REVIEWER_MESSAGE : NotificationKind.STATUS_CHANGED;
        tellMembers(initiative, event.actorId(), kind, language -> reviewerMessage
                ? RecipientTexts.format(language, "NotificationKind.REVIEWER_MESSAGE", title(initiative, language),
                        RecipientTexts.label(language, event.to()), event.message().strip())
                : RecipientTexts.format(language, "NotificationKind.STATUS_CHANGED", title(initiative, language),
                        RecipientTexts.label(language, event.to()), RecipientTexts.label(language, event.from()),
                        actorName(event.actorId(), language)));
    }

    public void partnerInvited(@Observes PartnerInvited event) {
        Initiative initiative = em.find(Initiative.class, event.initiativeId());
        if (initiative == null) {
            return;
        }
        Account inviter = event.inviterId() == null ? null : em.find(Account.class, event.inviterId());
        Language language = inviter != null ? inviter.getLanguage() : defaultLanguage();
        String inviting = initiative.getOwner() == null ? "BePART" : initiative.getOwner().getName();
        outbox.send(event.email(), language, "mail.partnerInvited", title(initiative, language), inviting,
                event.organisationName(), MailSettings.link(event.link()),
                inviter == null ? RecipientTexts.text(language, "notification.platform") : inviter.getDisplayName());
        tellMembers(initiative, event.inviterId(), NotificationKind.PARTNER_INVITED,
                l -> RecipientTexts.format(l, "NotificationKind.PARTNER_INVITED", title(initiative, l),
                        event.organisationName(), event.email()));
    }

    public void partnerJoined(@Observes PartnerJoined event) {
        Initiative initiative = em.find(Initiative.class, event.initiativeId());
        Organisation partner = em.find(Organisation.class, event.partnerOrganisationId());
        if (initiative == null || partner == null) {
            return;
        }
        tellMembers(initiative, event.accountId(), NotificationKind.PARTNER_JOINED,
                language -> RecipientTexts.format(language, "NotificationKind.PARTNER_JOINED",
                        title(initiative, language), partner.getName()));
    }

    /** A notification and a mail for each active member of both organisations but {@code actorId}. */
    private void tellMembers(Initiative initiative, Long actorId, NotificationKind kind,
                             Function<Language, String> text) {
        Map<Long, Account> recipients = new LinkedHashMap<>();
        for (Organisation organisation : new Organisation[] {initiative.getOwner(), initiative.getPartner()}) {
            if (organisation != null) {
                em.createNamedQuery(Account.FIND_BY_ORGANISATION, Account.class)
                        .setParameter("organisation", organisation).getResultList().stream()
                        .filter(Account::isActive).filter(a -> !Objects.equals(a.getId(), actorId))
                        .forEach(a -> recipients.putIfAbsent(a.getId(), a));
            }
        }
        String link = "/account/initiatives/edit?id=" + initiative.getId();
        Instant now = clock.instant();
        for (Account recipient : recipients.values()) {
            Language language = recipient.getLanguage();
            String written = text.apply(language);
            em.persist(new Notification(recipient.getId(), kind, truncated(written), link, now));
            outbox.send(recipient.getEmail(), language, "mail.notification", recipient.getDisplayName(), written,
                    MailSettings.link(link), title(initiative, language));
        }
    }

    private static String truncated(String text) {
        return text.length() <= Notification.TEXT_MAX ? text : text.substring(0, Notification.TEXT_MAX - 1) + "…";
    }

    private static String title(Initiative initiative, Language language) {
        return initiative.textFor(language).text().getTitle();
    }

    private String actorName(Long actorId, Language language) {
        Account actor = actorId == null ? null : em.find(Account.class, actorId);
        return actor == null || actor.getDisplayName() == null ? RecipientTexts.text(language, "notification.platform")
                : actor.getDisplayName();
    }

    private static Language defaultLanguage() {
        return ConfigProvider.getConfig().getOptionalValue("bepart.default-language", String.class)
                .flatMap(Language::fromTag).orElse(Language.HY);
    }
}
