package org.bepart.follow;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.account.Account;
import org.bepart.initiative.Initiative;
import org.bepart.language.Language;
import org.bepart.newsletter.NewsletterTokens;
import org.bepart.organisation.Organisation;
import org.bepart.platform.Access;
import org.bepart.platform.PublicPagesChanged;
import org.bepart.platform.PublicPart;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Following for signed-in people: follow and unfollow an initiative, an organisation, a theme, a member state or a
 * level of participation (only what readers see: a public initiative, an existing organisation or theme), the list of
 * one's follows, the choice of mail delivery, and the one-click unsubscribe of follow mails (by the token of a mail's
 * link, no account needed: it stops the mails, the follows and the in-app notifications stay).
 */
@Stateless
public class FollowService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<PublicPagesChanged> pagesChanged;

    /** Follows the target (again: nothing changes); returns the follow's id. */
    public long follow(@NotNull Long actorId, @NotNull FollowTarget target, String key) {
        Account actor = Access.actor(em, actorId);
        String spelled = target.key(key);
        Optional<Follow> existing = find(actor.getId(), target, spelled);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        checkExists(target, spelled);
        long count = em.createQuery("SELECT COUNT(f) FROM Follow f WHERE f.accountId = :account", Long.class)
                .setParameter("account", actor.getId()).getSingleResult();
        if (count >= Follow.MAX_PER_ACCOUNT) {
            throw new FollowException("follow.error.tooMany", count + " follows");
        }
        if (em.find(FollowSetting.class, actor.getId()) == null) {
            em.persist(new FollowSetting(actor.getId(), FollowSetting.DEFAULT, clock.instant()));
        }
        Follow follow = new Follow(actor.getId(), target, spelled, clock.instant());
        em.persist(follow);
        em.flush();
        followersChanged(target, spelled);
        return follow.getId();
    }

    /** Stops following the target; nothing happens when the account did not follow it. */
    public void unfollow(@NotNull Long actorId, @NotNull FollowTarget target, String key) {
        Account actor = Access.actor(em, actorId);
        String spelled = target.key(key);
        find(actor.getId(), target, spelled).ifPresent(f -> {
            em.remove(f);
            followersChanged(target, spelled);
        });
        em.flush();
    }

    /** How many accounts follow the target, as its public page shows (0 for a key that cannot exist). */
    public long followers(@NotNull FollowTarget target, String key) {
        try {
            return em.createNamedQuery(Follow.COUNT_FOLLOWERS, Long.class).setParameter("target", target)
                    .setParameter("key", target.key(key)).getSingleResult();
        } catch (FollowException e) {
            return 0;
        }
    }

    /** Whether the signed-in person follows the target (pages ask only for signed-in people). */
    public boolean isFollowing(@NotNull Long actorId, @NotNull FollowTarget target, String key) {
        Account actor = Access.actor(em, actorId);
        try {
            return find(actor.getId(), target, target.key(key)).isPresent();
        } catch (FollowException e) {
            return false;
        }
    }

    /** An organisation's page shows its followers count: its cached copies follow. */
    private void followersChanged(FollowTarget target, String key) {
        if (target == FollowTarget.ORGANISATION) {
            pagesChanged.fire(new PublicPagesChanged(PublicPart.ORGANISATIONS, Long.parseLong(key)));
        }
    }

    /** The signed-in person's follows, labels in {@code language}, and their mail delivery. */
    public Following following(@NotNull Long actorId, @NotNull Language language) {
        Account actor = Access.actor(em, actorId);
        List<FollowRow> rows = em.createNamedQuery(Follow.FIND_BY_ACCOUNT, Follow.class)
                .setParameter("account", actor.getId()).getResultStream()
                .map(f -> FollowTexts.row(em, f.getTarget(), f.getTargetKey(), language)
                        .orElse(new FollowRow(f.getTarget(), f.getTargetKey(), f.getTargetKey(), null)))
                .toList();
        return new Following(rows, delivery(em, actor.getId()));
    }

    /** Chooses how the signed-in person's follows are mailed. */
    public void chooseDelivery(@NotNull Long actorId, @NotNull FollowDelivery delivery) {
        Account actor = Access.actor(em, actorId);
        FollowSetting setting = em.find(FollowSetting.class, actor.getId());
        if (setting == null) {
            em.persist(new FollowSetting(actor.getId(), delivery, clock.instant()));
        } else {
            setting.choose(delivery);
        }
        em.flush();
    }

    /** The language of an unsubscribe link's account, or empty when the link is not valid. */
    public Optional<Language> unsubscribeLink(String token) {
        return unsubscribeToken(token).map(t -> em.find(Account.class, t.getAccountId())).map(Account::getLanguage);
    }

    /** Stops every follow mail of the link's account; its language, or empty when the link is not valid. */
    public Optional<Language> unsubscribe(String token) {
        Optional<FollowUnsubscribe> found = unsubscribeToken(token);
        found.ifPresent(t -> {
            FollowSetting setting = em.find(FollowSetting.class, t.getAccountId());
            if (setting == null) {
                em.persist(new FollowSetting(t.getAccountId(), FollowDelivery.NONE, clock.instant()));
            } else {
                setting.choose(FollowDelivery.NONE);
            }
        });
        return found.map(t -> em.find(Account.class, t.getAccountId())).map(Account::getLanguage);
    }

    /** How the account's follows are mailed. */
    static FollowDelivery delivery(EntityManager em, long accountId) {
        FollowSetting setting = em.find(FollowSetting.class, accountId);
        return setting == null ? FollowSetting.DEFAULT : setting.getDelivery();
    }

    private Optional<FollowUnsubscribe> unsubscribeToken(String token) {
        if (!NewsletterTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(FollowUnsubscribe.class, NewsletterTokens.hash(token)))
                .filter(t -> em.find(Account.class, t.getAccountId()) != null);
    }

    private Optional<Follow> find(long accountId, FollowTarget target, String key) {
        return em.createNamedQuery(Follow.FIND_ONE, Follow.class).setParameter("account", accountId)
                .setParameter("target", target).setParameter("key", key).getResultStream().findFirst();
    }

    private void checkExists(FollowTarget target, String key) {
        boolean exists = switch (target) {
            case INITIATIVE -> {
                Initiative initiative = em.find(Initiative.class, Long.valueOf(key));
                yield initiative != null && initiative.isPublic();
            }
            case ORGANISATION -> em.find(Organisation.class, Long.valueOf(key)) != null;
            case THEME -> FollowTexts.theme(em, key).filter(t -> !t.isRetired()).isPresent();
            case COUNTRY, PARTICIPATION -> true; // the key's spelling checked it
        };
        if (!exists) {
            throw new FollowTargetNotFoundException(target + " " + key);
        }
    }
}
