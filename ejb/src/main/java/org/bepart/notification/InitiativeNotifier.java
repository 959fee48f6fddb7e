package org.bepart.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.discussion.InitiativePost;
import org.bepart.discussion.PostAdded;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.lifecycle.PartnerInvited;
import org.bepart.lifecycle.PartnerJoined;
import org.bepart.lifecycle.StatusChanged;
import org.bepart.language.Language;
import org.bepart.organisation.Organisation;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Tells the people of an initiative what happened to it, inside the transaction that did it: every active member of
 * the owner and partner organisations (except whoever did it) gets a notification in the in-app list and a mail,
 * both in their own language. An invited partner gets the invitation link by mail, no account needed. A question or
 * comment on the initiative is told to its members too, and the team's answer to the one who asked.
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

    /**
     * A post by somebody outside the team is told to the team; the team's reply to a question or comment is told to
     * its author (unless the author wrote the reply), with a link to the post on the initiative's page.
     */
    public void postAdded(@Observes PostAdded event) {
        InitiativePost post = em.find(InitiativePost.class, event.postId());
        Initiative initiative = post == null || !post.isShown() ? null
                : em.find(Initiative.class, post.getInitiativeId());
        if (initiative == null) {
            return; // a held post is told once a moderator approves it
        }
        String link = "/initiatives/" + initiative.getId() + "#post-" + post.getId();
        String excerpt = excerpt(post.getText());
        if (!post.isTeam()) {
            tellMembers(initiative, post.getAuthorId(), NotificationKind.DISCUSSION_POST, language -> RecipientTexts
                    .format(language, "NotificationKind.DISCUSSION_POST", title(initiative, language),
                            actorName(post.getAuthorId(), language), excerpt,
                            RecipientTexts.label(language, post.getKind())), link);
            return;
        }
        InitiativePost parent = post.getParentId() == null ? null : em.find(InitiativePost.class, post.getParentId());
        Account asker = parent == null || parent.getAuthorId() == null ? null
                : em.find(Account.class, parent.getAuthorId());
        if (asker != null && asker.isActive() && !asker.getId().equals(post.getAuthorId())) {
            Language language = asker.getLanguage();
            tell(asker, initiative, NotificationKind.DISCUSSION_ANSWER, RecipientTexts.format(language,
                    "NotificationKind.DISCUSSION_ANSWER", title(initiative, language), excerpt), link,
                    "mail.discussion");
        }
    }

    /** The start of a post's text for a notification: its first 300 characters on one line. */
    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }

    /** A notification and a mail for each active member of both organisations but {@code actorId}. */
    private void tellMembers(Initiative initiative, Long actorId, NotificationKind kind,
                             Function<Language, String> text) {
        tellMembers(initiative, actorId, kind, text, "/account/initiatives/edit?id=" + initiative.getId());
    }

    /** As above, with the notification and the mail leading to {@code link}. */
    private void tellMembers(Initiative initiative, Long actorId, NotificationKind kind,
                             Function<Language, String> text, String link) {
        Map<Long, Account> recipients = new LinkedHashMap<>();
        for (Organisation organisation : new Organisation[] {initiative.getOwner(), initiative.getPartner()}) {
            if (organisation != null) {
                em.createNamedQuery(Account.FIND_BY_ORGANISATION, Account.class)
                        .setParameter("organisation", organisation).getResultList().stream()
                        .filter(Account::isActive).filter(a -> !Objects.equals(a.getId(), actorId))
                        .forEach(a -> recipients.putIfAbsent(a.getId(), a));
            }
        }
        for (Account recipient : recipients.values()) {
            tell(recipient, initiative, kind, text.apply(recipient.getLanguage()), link, "mail.notification");
        }
    }

    /** A notification and a mail ({@code mailKey}) for one person, written in their language. */
    private void tell(Account recipient, Initiative initiative, NotificationKind kind, String written, String link,
                      String mailKey) {
        Language language = recipient.getLanguage();
        em.persist(new Notification(recipient.getId(), kind, truncated(written), link, clock.instant()));
        outbox.send(recipient.getEmail(), language, mailKey, recipient.getDisplayName(), written,
                MailSettings.link(link), title(initiative, language));
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
