package org.bepart.news;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.language.Language;
import org.bepart.platform.Access;
import org.bepart.shared.BusinessException;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What editors do with news items and images. Every method requires the editor or administrator role of the caller
 * ({@code actorId}, the signed-in account) and records what it changed in the audit trail. Bodies are sanitised here,
 * whatever the page sent.
 */
@Stateless
public class EditorService {

    static final int AUDIT_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail trail;

    /** The items with the given status now (all when null), most recently changed first. */
    public List<EditorRow> list(Long actorId, NewsStatus status, Language language) {
        editor(actorId);
        Instant now = clock.instant();
        return em.createNamedQuery(NewsItem.FIND_BY_STATUS, NewsItem.class)
                .setParameter("statuses", Arrays.asList(NewsStatus.values())).getResultList().stream()
                .filter(n -> status == null || n.statusAt(now) == status)
                .map(n -> new EditorRow(n.getId(), n.textFor(language).text().getTitle(), n.getCategory(),
                        n.statusAt(now), n.getPublishAt(), n.isPinned(), n.getUpdatedAt(),
                        List.copyOf(n.getLanguages())))
                .toList();
    }

    /** The form of an existing item. */
    public NewsForm load(Long actorId, long id) {
        editor(actorId);
        return NewsForm.of(item(id), clock.instant());
    }

    /** Creates a draft from the form; returns its id. */
    public long create(Long actorId, NewsForm form) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        NewsItem item = build(form, editor, now);
        em.persist(item);
        em.flush();
        audit(editor, AuditAction.CREATED, item, null);
        return item.getId();
    }

    /** Saves the form over the item it was loaded from; refuses when somebody changed the item since. */
    public int save(Long actorId, NewsForm form) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        NewsItem item = current(form.getId(), form.getVersion());
        apply(form, item, now);
        em.flush();
        audit(editor, AuditAction.EDITED, item, String.join(", ", item.getLanguages().stream().map(Language::tag)
                .toList()));
        return item.getVersion();
    }

    /** Publishes now; returns the item's new version. */
    public int publish(Long actorId, long id, int expectedVersion) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        NewsItem item = current(id, expectedVersion);
        item.publish(now);
        return done(editor, AuditAction.PUBLISHED, item, null);
    }

    /** Publishes at {@code localTime} in the institution's time zone; returns the item's new version. */
    public int schedule(Long actorId, long id, int expectedVersion, LocalDateTime localTime) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        if (localTime == null) {
            throw new BusinessException("news.error.scheduleMissing", "no publication time");
        }
        NewsItem item = current(id, expectedVersion);
        Instant at = localTime.atZone(InstitutionZone.get()).toInstant();
        item.schedule(at, now);
        return done(editor, AuditAction.SCHEDULED, item, localTime + " " + InstitutionZone.get());
    }

    /** Takes a published item down (a scheduled one back to draft); returns the item's new version. */
    public int unpublish(Long actorId, long id, int expectedVersion) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        NewsItem item = current(id, expectedVersion);
        item.unpublish(now);
        return done(editor, AuditAction.UNPUBLISHED, item, null);
    }

    /** Pins the item to the home page or unpins it; returns the item's new version. */
    public int pin(Long actorId, long id, int expectedVersion, boolean pinned) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        NewsItem item = current(id, expectedVersion);
        item.pin(pinned, now);
        return done(editor, pinned ? AuditAction.PINNED : AuditAction.UNPINNED, item, null);
    }

    /** The item as readers would see it in {@code language}, built from the form without saving anything. */
    public NewsDetail preview(Long actorId, NewsForm form, Language language) {
        Account editor = editor(actorId);
        NewsItem item = build(form, editor, clock.instant());
        NewsDetail detail = NewsDetail.of(item, language);
        NewsCard card = detail.card();
        NewsCard shown = new NewsCard(form.getId() == null ? 0 : form.getId(), card.category(), card.title(),
                card.teaser(), card.language(), card.fallback(),
                form.getPublishAt() != null ? form.getPublishAt() : clock.instant(), card.slug(), form.isPinned(),
                card.coverImageId(), card.imageAlt());
        return new NewsDetail(shown, detail.body(), detail.tags(), detail.ctaLink(), detail.ctaLabel(),
                detail.languages(), editor.getDisplayName(), clock.instant());
    }

    /** Adds an image to the library: its type read from the content, re-encoded, with a thumbnail. */
    public ImageRef upload(Long actorId, String fileName, byte[] bytes) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        NewsImages.Processed processed = NewsImages.process(bytes);
        String name = fileName == null || fileName.isBlank() ? "image" : fileName.replaceAll("^.*[/\\\\]", "")
                .replaceAll("[\\p{Cntrl}]", "").strip();
        NewsImage image = new NewsImage(name.isEmpty() ? "image" : name, processed.contentType(),
                processed.content().length, processed.width(), processed.height(), editor, now);
        em.persist(image);
        em.flush();
        em.persist(new NewsImageContent(image.getId(), processed.content(), processed.thumbnail()));
        trail.record(editor, AuditAction.IMAGE_UPLOADED, AuditEntry.IMAGE, image.getId(), image.getFileName());
        return ImageRef.of(image);
    }

    /** The image library, newest first. */
    public List<ImageRef> images(Long actorId) {
        editor(actorId);
        return em.createNamedQuery(NewsImage.FIND_ALL, NewsImage.class).setMaxResults(AUDIT_MAX).getResultList()
                .stream().map(ImageRef::of).toList();
    }

    // --- helpers ---

    private Account editor(Long actorId) {
        return Access.actorWithRole(em, actorId, Role.EDITOR, Role.ADMINISTRATOR);
    }

    private NewsItem item(long id) {
        NewsItem item = em.find(NewsItem.class, id);
        if (item == null) {
            throw new NotFoundException("news item " + id);
        }
        return item;
    }

    /** The item, provided it still has the version the editor started from. */
    private NewsItem current(Long id, Integer expectedVersion) {
        if (id == null) {
            throw new NotFoundException("news item without id");
        }
        NewsItem item = item(id);
        if (expectedVersion == null || item.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("news item " + id + " is at version " + item.getVersion()
                    + ", the editor started from " + expectedVersion);
        }
        return item;
    }

    private int done(Account editor, AuditAction action, NewsItem item, String detail) {
        em.flush();
        audit(editor, action, item, detail);
        return item.getVersion();
    }

    private void audit(Account editor, AuditAction action, NewsItem item, String detail) {
        String title = item.textFor(item.getOriginalLanguage()).text().getTitle();
        trail.record(editor, action, AuditEntry.NEWS, item.getId(), detail == null ? title : title + " — " + detail);
    }

    /** A new (unsaved) item from the form. */
    private NewsItem build(NewsForm form, Account editor, Instant now) {
        Language original = Objects.requireNonNull(form.getOriginalLanguage(), "original language");
        NewsItem item = new NewsItem(category(form), original, text(form.text(original), true), editor, now);
        apply(form, item, now);
        return item;
    }

    private static NewsCategory category(NewsForm form) {
        if (form.getCategory() == null) {
            throw new BusinessException("news.error.categoryRequired", "no category");
        }
        return form.getCategory();
    }

    /** Copies the form into the item: texts (sanitised), translations removed when emptied, tags, cover, link. */
    private void apply(NewsForm form, NewsItem item, Instant now) {
        Language original = form.getOriginalLanguage();
        if (original == null) {
            throw new BusinessException("news.error.originalRequired", "no original language");
        }
        NewsText originalText = text(form.text(original), true);
        item.categorise(category(form), now);
        item.write(original, originalText, now);
        item.changeOriginalLanguage(original, now);
        for (Language language : Language.values()) {
            if (language == original) {
                continue;
            }
            TextForm text = form.text(language);
            if (text.isEmpty()) {
                if (item.getTexts().containsKey(language)) {
                    item.removeTranslation(language, now);
                }
            } else {
                item.write(language, text(text, false), now);
            }
        }
        item.tag(form.getTags() == null ? List.of() : Arrays.asList(form.getTags().split("[,;\\n]")), now);
        if (form.getCoverImageId() != null && em.find(NewsImage.class, form.getCoverImageId()) == null) {
            throw new NotFoundException("image " + form.getCoverImageId());
        }
        item.cover(form.getCoverImageId(), now);
        item.callToAction(form.getCtaLink(), now);
        item.touch(now);
    }

    private static NewsText text(TextForm form, boolean original) {
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw new BusinessException(original ? "news.error.titleRequired" : "news.error.translationTitleRequired",
                    "a text without title");
        }
        if (form.getTitle().strip().length() > NewsText.TITLE_MAX
                || form.getTeaser() != null && form.getTeaser().strip().length() > NewsText.TEASER_MAX) {
            throw new BusinessException("news.error.tooLong", "title or teaser too long");
        }
        String body = NewsHtml.sanitize(form.getBody());
        if (body != null && body.length() > NewsText.BODY_MAX) {
            throw new BusinessException("news.error.tooLong", "body too long");
        }
        return new NewsText(form.getTitle(), form.getTeaser(), body, limit(form.getCtaLabel(),
                NewsText.CTA_LABEL_MAX), limit(form.getImageAlt(), NewsText.IMAGE_ALT_MAX));
    }

    private static String limit(String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new BusinessException("news.error.tooLong", "longer than " + max);
        }
        return value;
    }
}
