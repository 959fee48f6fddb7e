package org.bepart.news;

import org.bepart.time.InstitutionZone;
import jakarta.ejb.Stateless;
import org.bepart.account.Account;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.editorial.EditorialService;
import org.bepart.language.Language;
import org.bepart.platform.PublicPart;
import org.bepart.shared.BusinessException;
import org.bepart.shared.NotFoundException;

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
public class NewsEditorService extends EditorialService<NewsItem, NewsText, NewsForm, TextForm, NewsDetail> {

    static final int AUDIT_MAX = 500;

    public NewsEditorService() {
        super(NewsItem.class, "news item", AuditEntry.NEWS, PublicPart.NEWS);
    }

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

    /** Publishes at {@code localTime} in the institution's time zone; returns the item's new version. */
    public int schedule(Long actorId, long id, int expectedVersion, LocalDateTime localTime) {
        editor(actorId);
        if (localTime == null) {
            throw new BusinessException("news.error.scheduleMissing", "no publication time");
        }
        Instant at = localTime.atZone(InstitutionZone.get()).toInstant();
        return change(actorId, id, expectedVersion, AuditAction.SCHEDULED, localTime + " " + InstitutionZone.get(),
                (item, now) -> item.schedule(at, now));
    }

    /** Pins the item to the home page or unpins it; returns the item's new version. */
    public int pin(Long actorId, long id, int expectedVersion, boolean pinned) {
        return change(actorId, id, expectedVersion, pinned ? AuditAction.PINNED : AuditAction.UNPINNED, null,
                (item, now) -> item.pin(pinned, now));
    }

    @Override
    protected boolean isPublic(NewsItem item, Instant now) {
        return item.statusAt(now) == NewsStatus.PUBLISHED;
    }

    @Override
    protected NewsDetail shown(NewsItem unsaved, NewsForm form, Account editor, Language language, Instant now) {
        NewsDetail detail = NewsDetail.of(unsaved, language);
        NewsCard card = detail.card();
        NewsCard shown = new NewsCard(form.getId() == null ? 0 : form.getId(), card.category(), card.title(),
                card.teaser(), card.language(), card.fallback(),
                form.getPublishAt() != null ? form.getPublishAt() : now, card.slug(), form.isPinned(),
                card.coverImageId(), card.imageAlt());
        return new NewsDetail(shown, detail.body(), detail.tags(), detail.ctaLink(), detail.ctaLabel(),
                detail.languages(), editor.getDisplayName(), now);
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

    /** A save's audit entry names the languages written. */
    @Override
    protected String savedDetail(NewsItem item) {
        return String.join(", ", item.getLanguages().stream().map(Language::tag).toList());
    }

    /** A new (unsaved) item from the form. */
    @Override
    protected NewsItem build(NewsForm form, Account editor, Instant now) {
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
    @Override
    protected void apply(NewsForm form, NewsItem item, Instant now) {
        writeTexts(form, item, now);
        item.categorise(category(form), now);
        item.tag(form.getTags() == null ? List.of() : Arrays.asList(form.getTags().split("[,;\\n]")), now);
        if (form.getCoverImageId() != null && em.find(NewsImage.class, form.getCoverImageId()) == null) {
            throw new NotFoundException("image " + form.getCoverImageId());
        }
        item.cover(form.getCoverImageId(), now);
        item.callToAction(form.getCtaLink(), now);
        item.touch(now);
    }

    @Override
    protected NewsText text(TextForm form, boolean original) {
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
