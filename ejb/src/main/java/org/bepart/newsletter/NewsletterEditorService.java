package org.bepart.newsletter;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.news.NewsItem;
import org.bepart.platform.Access;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What editors do with the newsletter: choose published news items, see the initiatives validated since the last
 * digest, preview the digest in each language and send it. Sending records the digest and starts a background job;
 * {@link #progress} tells how far it has come. Editors and administrators only; every digest is in the audit trail.
 */
@Stateless
public class NewsletterEditorService {

    public static final String AUDIT_SUBJECT = AuditEntry.NEWSLETTER;
    static final int CHOICES = 30;
    static final int FIRST_DIGEST_DAYS = 30;
    static final int RECENT_DIGESTS = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail trail;

    @Inject
    private Event<DigestStarted> started;

    /** The newest visible news items to choose from. */
    public List<DigestItem> newsChoices(Long actorId, Language language) {
        editor(actorId);
        return em.createQuery("SELECT n FROM NewsItem n WHERE n.status IN :statuses AND n.publishAt <= :now "
                        + "ORDER BY n.publishAt DESC, n.id DESC", NewsItem.class)
                .setParameter("statuses", NewsItem.visibleStatuses()).setParameter("now", clock.instant())
                .setMaxResults(CHOICES).getResultList().stream()
                .map(n -> new DigestItem(n.getId(), n.textFor(language).text().getTitle(),
                        "/news/" + n.getId() + "/" + n.slug(language))).toList();
    }

    /** The initiatives validated since the last digest (the last {@value #FIRST_DIGEST_DAYS} days before the first). */
    public List<DigestItem> newInitiatives(Long actorId, Language language) {
        editor(actorId);
        return DigestComposer.initiatives(em, newInitiativeIds(since()), language);
    }

    /** The digest as subscribers of {@code language} would receive it. */
    public DigestText preview(Long actorId, List<Long> newsIds, Language language) {
        editor(actorId);
        return DigestComposer.compose(em, visibleNews(newsIds), newInitiativeIds(since()), language, clock.instant());
    }

    /** Records the digest and starts sending it in the background; returns its id. */
    public long send(Long actorId, List<Long> newsIds) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        List<Long> news = visibleNews(newsIds);
        Instant since = since();
        List<Long> initiatives = newInitiativeIds(since);
        if (news.isEmpty() && initiatives.isEmpty()) {
            throw new NewsletterException("newsletter.error.empty", "nothing to send");
        }
        int total = em.createNamedQuery(Subscriber.COUNT_RECIPIENTS, Long.class).setParameter("at", now)
                .getSingleResult().intValue();
        Digest digest = new Digest(editor, news, initiatives, since, total, now);
        em.persist(digest);
        em.flush();
        trail.record(editor, AuditAction.NEWSLETTER_SENT, AUDIT_SUBJECT, digest.getId(),
                news.size() + " news, " + initiatives.size() + " initiatives, " + total + " subscribers");
        started.fire(new DigestStarted(digest.getId()));
        return digest.getId();
    }

    /** How far a digest has come. */
    public DigestView progress(Long actorId, long digestId) {
        editor(actorId);
        Digest digest = em.find(Digest.class, digestId);
        if (digest == null) {
            throw new NotFoundException("digest " + digestId);
        }
        em.refresh(digest);
        return DigestView.of(digest);
    }

    /** The latest digests, newest first. */
    public List<DigestView> digests(Long actorId) {
        editor(actorId);
        return em.createNamedQuery(Digest.FIND_RECENT, Digest.class).setMaxResults(RECENT_DIGESTS).getResultList()
                .stream().map(DigestView::of).toList();
    }

    /** How many subscribers would receive a digest sent now. */
    public long confirmedSubscribers(Long actorId) {
        editor(actorId);
        return em.createNamedQuery(Subscriber.COUNT_RECIPIENTS, Long.class).setParameter("at", clock.instant())
                .getSingleResult();
    }

    private Account editor(Long actorId) {
        return Access.actorWithRole(em, actorId, Role.EDITOR, Role.ADMINISTRATOR);
    }

    private Instant since() {
        return em.createNamedQuery(Digest.FIND_RECENT, Digest.class).setMaxResults(1).getResultStream()
                .findFirst().map(Digest::getCreatedAt)
                .orElse(clock.instant().minus(Duration.ofDays(FIRST_DIGEST_DAYS)));
    }

    private List<Long> newInitiativeIds(Instant since) {
        List<Long> ids = em.createQuery("SELECT t.initiativeId FROM Transition t WHERE t.to = :validated "
                        + "AND t.at > :since ORDER BY t.at DESC, t.id DESC", Long.class)
                .setParameter("validated", InitiativeStatus.VALIDATED).setParameter("since", since).getResultList();
        return new LinkedHashSet<>(ids).stream().filter(id -> {
            Initiative initiative = em.find(Initiative.class, id);
            return initiative != null && initiative.getStatus() == InitiativeStatus.VALIDATED;
        }).limit(CHOICES).toList();
    }

    private List<Long> visibleNews(List<Long> ids) {
        Instant now = clock.instant();
        return new LinkedHashSet<>(ids == null ? List.<Long>of() : ids).stream().filter(Objects::nonNull)
                .filter(id -> {
                    NewsItem item = em.find(NewsItem.class, id);
                    return item != null && item.isVisibleAt(now);
                }).toList();
    }
}
