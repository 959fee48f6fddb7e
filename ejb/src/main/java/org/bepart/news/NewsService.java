package org.bepart.news;

import org.bepart.image.ImageBytes;
import org.bepart.time.InstitutionZone;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.bepart.language.Language;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What readers see of the news portal. An item is visible when it is published or scheduled and its publication time
 * has passed, so a scheduled item appears by itself when its time comes.
 */
@Stateless
public class NewsService {

    public static final int MAX_PAGE_SIZE = 50;
    static final int PINNED_ON_HOME = 3;
    private static final String VISIBLE = " n.status IN :statuses AND n.publishAt <= :now";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * One page of visible items, newest first, optionally of one category and one month (in the institution's time
     * zone). {@code page} counts from 1; a page past the end is empty.
     */
    public NewsList list(Language language, NewsCategory category, YearMonth month, int page, int size) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int pageNumber = Math.max(1, page);
        StringBuilder where = new StringBuilder(" WHERE" + VISIBLE);
        if (category != null) {
            where.append(" AND n.category = :category");
        }
        if (month != null) {
            where.append(" AND n.publishAt >= :from AND n.publishAt < :to");
        }
        TypedQuery<Long> count = visible(em.createQuery("SELECT COUNT(n) FROM NewsItem n" + where, Long.class),
                category, month);
        long total = count.getSingleResult();
        List<NewsCard> cards = List.of();
        if ((long) (pageNumber - 1) * pageSize < total) {
            TypedQuery<NewsItem> query = visible(em.createQuery("SELECT n FROM NewsItem n" + where
                    + " ORDER BY n.publishAt DESC, n.id DESC", NewsItem.class), category, month);
            cards = query.setFirstResult((pageNumber - 1) * pageSize).setMaxResults(pageSize).getResultList()
                    .stream().map(n -> NewsCard.of(n, language)).toList();
        }
        return new NewsList(cards, total, pageNumber, pageSize);
    }

    /** The months with visible items (of a category, when given), newest first. */
    public List<ArchiveMonth> archive(NewsCategory category) {
        TypedQuery<Instant> query = visible(em.createQuery("SELECT n.publishAt FROM NewsItem n WHERE" + VISIBLE
                + (category == null ? "" : " AND n.category = :category"), Instant.class), category, null);
        ZoneId zone = InstitutionZone.get();
        Map<YearMonth, Long> counts = new TreeMap<>(Comparator.reverseOrder());
        for (Instant at : query.getResultList()) {
            counts.merge(YearMonth.from(at.atZone(zone)), 1L, Long::sum);
        }
        List<ArchiveMonth> months = new ArrayList<>();
        counts.forEach((month, n) -> months.add(new ArchiveMonth(month, n)));
        return months;
    }

    /** A visible item; empty when unknown, not yet published or taken down. */
    public Optional<NewsDetail> find(long id, Language language) {
        NewsItem item = em.find(NewsItem.class, id);
        if (item == null || !item.isVisibleAt(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(NewsDetail.of(item, language));
    }

    /** The {@code count} latest visible items, leaving out {@code exceptId} (the item being read), for the sidebar. */
    public List<NewsCard> latest(Language language, int count, Long exceptId) {
        TypedQuery<NewsItem> query = visible(em.createQuery("SELECT n FROM NewsItem n WHERE" + VISIBLE
                + (exceptId == null ? "" : " AND n.id <> :except") + " ORDER BY n.publishAt DESC, n.id DESC",
                NewsItem.class), null, null);
        if (exceptId != null) {
            query.setParameter("except", exceptId);
        }
        return query.setMaxResults(Math.max(1, Math.min(MAX_PAGE_SIZE, count))).getResultList().stream()
                .map(n -> NewsCard.of(n, language)).toList();
    }

    /** Up to {@value #PINNED_ON_HOME} pinned items and the {@code latest} newest others, in one query. */
    public HomeNews home(Language language, int latest) {
        List<NewsItem> items = visible(em.createNamedQuery(NewsItem.FIND_VISIBLE_FOR_HOME, NewsItem.class), null, null)
                .setMaxResults(PINNED_ON_HOME + latest).getResultList();
        List<NewsCard> pinned = new ArrayList<>();
        List<NewsItem> others = new ArrayList<>();
        for (NewsItem item : items) {
            if (item.isPinned() && pinned.size() < PINNED_ON_HOME) {
                pinned.add(NewsCard.of(item, language));
            } else {
                others.add(item);
            }
        }
        others.sort(Comparator.comparing(NewsItem::getPublishAt).thenComparing(NewsItem::getId).reversed());
        return new HomeNews(pinned, others.stream().limit(latest).map(n -> NewsCard.of(n, language)).toList());
    }

    /** The newest visible items with their bodies, for the feeds. */
    public List<NewsDetail> feed(Language language, NewsCategory category, int count) {
        return visible(em.createQuery("SELECT n FROM NewsItem n WHERE" + VISIBLE
                        + (category == null ? "" : " AND n.category = :category")
                        + " ORDER BY n.publishAt DESC, n.id DESC", NewsItem.class), category, null)
                .setMaxResults(Math.max(1, Math.min(MAX_PAGE_SIZE, count))).getResultList().stream()
                .map(n -> NewsDetail.of(n, language)).toList();
    }

    /** An image of the library, or its thumbnail; images are public once uploaded. */
    public Optional<ImageBytes> image(long id, boolean thumbnail) {
        NewsImage image = em.find(NewsImage.class, id);
        NewsImageContent content = image == null ? null : em.find(NewsImageContent.class, id);
        if (content == null) {
            return Optional.empty();
        }
        return Optional.of(new ImageBytes(image.getContentType(),
                thumbnail ? content.getThumbnail() : content.getContent()));
    }

    private <T> TypedQuery<T> visible(TypedQuery<T> query, NewsCategory category, YearMonth month) {
        query.setParameter("statuses", NewsItem.visibleStatuses()).setParameter("now", clock.instant());
        if (category != null) {
            query.setParameter("category", category);
        }
        if (month != null) {
            ZoneId zone = InstitutionZone.get();
            query.setParameter("from", month.atDay(1).atStartOfDay(zone).toInstant())
                    .setParameter("to", month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        }
        return query;
    }
}
