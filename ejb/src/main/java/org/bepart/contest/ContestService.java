package org.bepart.contest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.initiative.Initiative;
import org.bepart.language.Language;
import org.bepart.image.ImageBytes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the public sees of contests: published contests, their approved entries and, once announced, the winners. */
@Stateless
public class ContestService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Open contests (closing soonest first), upcoming ones (opening soonest first), past ones (latest first). */
    public ContestOverview overview(Language language) {
        Instant now = clock.instant();
        List<ContestCard> open = new ArrayList<>();
        List<ContestCard> upcoming = new ArrayList<>();
        List<ContestCard> past = new ArrayList<>();
        for (Contest contest : published()) {
            ContestCard card = ContestCard.of(contest, language, now);
            if (card.isOpen()) {
                open.add(card);
            } else if (card.phase() == ContestPhase.UPCOMING && !card.winnersAnnounced()) {
                upcoming.add(card);
            } else {
                past.add(card);
            }
        }
        upcoming.sort(Comparator.comparing(ContestCard::opensAt));
        past.sort(Comparator.comparing(ContestCard::closesAt).reversed());
        return new ContestOverview(open, upcoming, past);
    }

    /**
     * The open contests with their deadlines, closing soonest first, for the home page: one SQL statement (titles of
     * every language, the reader's picked here); the cards carry no categories.
     */
    public List<ContestCard> open(Language language, int count) {
        Instant now = clock.instant();
        List<Object[]> rows = em.createQuery("SELECT c.id, c.originalLanguage, KEY(t), t.title, c.opensAt, c.closesAt, "
                        + "c.minAge, c.maxAge FROM Contest c JOIN c.texts t WHERE c.status = :status "
                        + "AND c.opensAt <= :now AND c.closesAt > :now AND c.winnersAnnouncedAt IS NULL "
                        + "ORDER BY c.closesAt, c.id", Object[].class)
                .setParameter("status", ContestStatus.PUBLISHED).setParameter("now", now).getResultList();
        Map<Long, Object[]> chosen = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Language shown = (Language) row[2];
            Object[] current = chosen.get((Long) row[0]);
            if (current == null || shown == language
                    || shown == row[1] && current[2] != language) {
                chosen.put((Long) row[0], row);
            }
        }
        return chosen.values().stream().limit(Math.max(1, count)).map(r -> new ContestCard((Long) r[0],
                (String) r[3], (Language) r[2], ContestPhase.OPEN, (Instant) r[4], (Instant) r[5], (Integer) r[6],
                (Integer) r[7], List.of(), false, Initiative.slug((String) r[3]))).toList();
    }

    /** A published contest with its approved entries and winners; empty when unknown or a draft. */
    public Optional<ContestDetail> find(long id, Language language) {
        Contest contest = em.find(Contest.class, id);
        if (contest == null || !contest.isPublished()) {
            return Optional.empty();
        }
        List<EntryCard> entries = em.createNamedQuery(ContestEntry.FIND_BY_CONTEST_AND_STATE, ContestEntry.class)
                .setParameter("contest", id).setParameter("state", Moderation.APPROVED).getResultList().stream()
                .map(EntryCard::of).toList();
        List<EntryCard> winners = contest.getWinnersAnnouncedAt() == null ? List.of()
                : entries.stream().filter(e -> e.place() != null).sorted(Comparator.comparing(EntryCard::place))
                .toList();
        return Optional.of(ContestDetail.of(contest, language, clock.instant(), entries, winners));
    }

    /**
     * The work of an entry (its thumbnail when asked): public once approved; editors, reviewers and administrators
     * ({@code actorId}, may be null) also see entries waiting for moderation.
     */
    public Optional<ImageBytes> media(Long actorId, long entryId, boolean thumbnail) {
        ContestEntry entry = em.find(ContestEntry.class, entryId);
        if (entry == null || !entry.isVisible() && !staff(actorId)) {
            return Optional.empty();
        }
        EntryMedia media = em.find(EntryMedia.class, entryId);
        if (media == null) {
            return Optional.empty();
        }
        byte[] bytes = thumbnail && media.getThumbnail() != null ? media.getThumbnail() : media.getContent();
        return Optional.of(new ImageBytes(media.getContentType(), bytes));
    }

    private boolean staff(Long actorId) {
        Account account = actorId == null ? null : em.find(Account.class, actorId);
        return account != null && account.isActive() && (account.hasRole(Role.EDITOR)
                || account.hasRole(Role.REVIEWER) || account.hasRole(Role.ADMINISTRATOR));
    }

    private List<Contest> published() {
        return em.createNamedQuery(Contest.FIND_PUBLISHED, Contest.class)
                .setParameter("status", ContestStatus.PUBLISHED).getResultList();
    }
}
