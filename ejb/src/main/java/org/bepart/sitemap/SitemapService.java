package org.bepart.sitemap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.contest.ContestStatus;
import org.bepart.event.EventStatus;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.news.NewsItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The public pages of editorial content and organisations, as a sitemap lists them. */
@Stateless
public class SitemapService {

    /** At most this many of each kind, the latest changed first: with four languages each, a file stays well under
     * the 50,000 addresses a sitemap may hold. */
    public static final int PER_KIND = 2_500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A page's path below the public address and its last change (null when unknown). */
    public record Page(String path, Instant updatedAt) {
    }

    /**
     * The visible news items, published events and contests, organisations with public initiatives and people with a
     * public profile (their last change unknown: a sign-in date would tell readers when someone was active).
     */
    public List<Page> content() {
        List<Page> pages = new ArrayList<>();
        add(pages, "/news/", em.createQuery("SELECT n.id, n.updatedAt FROM NewsItem n WHERE n.status IN :statuses "
                        + "AND n.publishAt <= :now ORDER BY n.updatedAt DESC, n.id DESC", Object[].class)
                .setParameter("statuses", NewsItem.visibleStatuses()).setParameter("now", clock.instant())
                .setMaxResults(PER_KIND).getResultList());
        add(pages, "/events/", em.createQuery("SELECT e.id, e.updatedAt FROM Event e WHERE e.status = :status "
                        + "ORDER BY e.updatedAt DESC, e.id DESC", Object[].class)
                .setParameter("status", EventStatus.PUBLISHED).setMaxResults(PER_KIND).getResultList());
        add(pages, "/contests/", em.createQuery("SELECT c.id, c.updatedAt FROM Contest c WHERE c.status = :status "
                        + "ORDER BY c.updatedAt DESC, c.id DESC", Object[].class)
                .setParameter("status", ContestStatus.PUBLISHED).setMaxResults(PER_KIND).getResultList());
        add(pages, "/organisations/", em.createQuery("SELECT o.id, MAX(i.updatedAt) FROM Initiative i, Organisation o "
                        + "WHERE (i.owner = o OR i.partner = o) AND i.status IN :statuses "
                        + "AND i.heldAt IS NULL GROUP BY o.id ORDER BY MAX(i.updatedAt) DESC, o.id", Object[].class)
                .setParameter("statuses", InitiativeStatus.publicOnes()).setMaxResults(PER_KIND).getResultList());
        em.createQuery("SELECT a.id FROM Account a WHERE a.profilePublic = TRUE AND a.deletedAt IS NULL "
                        + "AND a.blockedAt IS NULL AND a.verifiedAt IS NOT NULL ORDER BY a.id", Long.class)
                .setMaxResults(PER_KIND).getResultList().forEach(id -> pages.add(new Page("/people/" + id, null)));
        return pages;
    }

    private static void add(List<Page> pages, String prefix, List<Object[]> rows) {
        for (Object[] row : rows) {
            pages.add(new Page(prefix + row[0], (Instant) row[1]));
        }
    }
}
