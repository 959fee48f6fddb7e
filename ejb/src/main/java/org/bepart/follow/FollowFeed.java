package org.bepart.follow;

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
import org.bepart.initiative.ParticipationLevel;
import org.bepart.language.Language;
import org.bepart.lifecycle.StatusChanged;
import org.bepart.news.NewsItem;
import org.bepart.notification.Notification;
import org.bepart.notification.NotificationKind;
import org.bepart.platform.PublicPagesChanged;
import org.bepart.platform.PublicPart;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what happens into follow items, in the transaction that made it happen: an initiative validated (for the
 * followers of it, its organisations, themes, member state and levels of participation), a status change of a
 * followed public initiative, a news item published with a followed theme among its tags (a tag that is the theme's
 * code or its name in one of the four languages), the team's answer shown on a followed initiative. Each follower gets the item once, a notification in the app at
 * once, and, choosing {@code IMMEDIATE}, a mail at once; digests mail the others later ({@link FollowDigests}).
 * Nothing is told of content readers do not see.
 */
@Stateless
public class FollowFeed {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private FollowMailer mailer;

    public void statusChanged(@Observes StatusChanged event) {
        Initiative initiative = em.find(Initiative.class, event.initiativeId());
        if (initiative == null || !initiative.isPublic()) {
            return;
        }
        Set<Long> followers = new LinkedHashSet<>(followers(FollowTarget.INITIATIVE,
                List.of(initiative.getId().toString())));
        if (event.to() == InitiativeStatus.VALIDATED) {
            followers.addAll(followers(FollowTarget.THEME, initiative.termsOf(TermKind.THEME).stream()
                    .map(Term::getCode).toList()));
            if (initiative.getCountry() != null) {
                followers.addAll(followers(FollowTarget.COUNTRY, List.of(initiative.getCountry().code())));
            }
            followers.addAll(followers(FollowTarget.PARTICIPATION, initiative.getParticipationLevels().stream()
                    .map(ParticipationLevel::code).toList()));
            List<String> organisations = new ArrayList<>();
            for (var organisation : new org.bepart.organisation.Organisation[] {initiative.getOwner(),
                    initiative.getPartner()}) {
                if (organisation != null) {
                    organisations.add(organisation.getId().toString());
                }
            }
            followers.addAll(followers(FollowTarget.ORGANISATION, organisations));
            tell(followers, event.actorId(), FollowItemKind.VALIDATED, initiative.getId(), FollowItem.ONCE);
        } else {
            tell(followers, event.actorId(), FollowItemKind.STATUS, initiative.getId(),
                    event.to().name() + "@" + clock.millis());
        }
    }

    /** A news item readers see now: its followers by theme are told (once, however often it is saved). */
    public void newsChanged(@Observes PublicPagesChanged event) {
        if (event.part() == PublicPart.NEWS) {
            newsPublished(event.id());
        }
    }

    /** Tells the followers of the themes of news item {@code newsId}, if readers see it; again, nobody twice. */
    public void newsPublished(long newsId) {
        NewsItem news = em.find(NewsItem.class, newsId);
        if (news == null || !news.isVisibleAt(clock.instant()) || news.getTags().isEmpty()) {
            return;
        }
        Set<String> tags = news.getTags().stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> themes = em.createNamedQuery(Term.FIND_BY_KIND, Term.class).setParameter("kind", TermKind.THEME)
                .getResultStream().filter(t -> tags.contains(t.getCode()) || java.util.Arrays
                        .stream(Language.values()).anyMatch(l -> tags.contains(t.nameIn(l).strip()
                                .toLowerCase(Locale.ROOT)))).map(Term::getCode).toList();
        tell(followers(FollowTarget.THEME, themes), null, FollowItemKind.NEWS, newsId, FollowItem.ONCE);
    }

    /**
     * The team's answer, once readers see it: the initiative's followers are told, but not its author nor the asker
     * (the discussion tells the asker already).
     */
    public void answered(@Observes PostAdded event) {
        InitiativePost answer = em.find(InitiativePost.class, event.postId());
        if (answer == null || !answer.isShown() || !answer.isTeam() || answer.getParentId() == null) {
            return;
        }
        Initiative initiative = em.find(Initiative.class, answer.getInitiativeId());
        if (initiative == null || !initiative.isPublic()) {
            return;
        }
        Set<Long> followers = new LinkedHashSet<>(followers(FollowTarget.INITIATIVE,
                List.of(initiative.getId().toString())));
        InitiativePost question = em.find(InitiativePost.class, answer.getParentId());
        if (question != null) {
            followers.remove(question.getAuthorId());
        }
        tell(followers, answer.getAuthorId(), FollowItemKind.ANSWER, answer.getId(), FollowItem.ONCE);
    }

    private Set<Long> followers(FollowTarget target, List<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(em.createNamedQuery(Follow.FOLLOWERS, Long.class).setParameter("target", target)
                .setParameter("keys", keys).getResultList());
    }

    private void tell(Set<Long> followers, Long actorId, FollowItemKind kind, long subjectId, String eventKey) {
        Instant now = clock.instant();
        for (Long accountId : followers) {
            Account account = em.find(Account.class, accountId);
            if (account == null || !account.isActive() || Objects.equals(accountId, actorId)
                    || em.createNamedQuery(FollowItem.COUNT, Long.class).setParameter("account", accountId)
                    .setParameter("kind", kind).setParameter("subject", subjectId).setParameter("event", eventKey)
                    .getSingleResult() > 0) {
                continue;
            }
            FollowItem item = new FollowItem(accountId, kind, subjectId, eventKey, now);
            em.persist(item);
            FollowTexts.line(em, item, account.getLanguage(), now).ifPresent(line -> {
                em.persist(new Notification(accountId, NotificationKind.FOLLOWED, line.text(), line.path(), now));
                FollowDelivery delivery = FollowService.delivery(em, accountId);
                if (delivery == FollowDelivery.IMMEDIATE) {
                    mailer.mail(account, List.of(line.forMail()), FollowDelivery.IMMEDIATE, now);
                }
                if (!delivery.isDigest()) {
                    item.mailed(now); // mailed now, or never (no mail chosen): no digest takes it up
                }
            });
        }
    }
}
