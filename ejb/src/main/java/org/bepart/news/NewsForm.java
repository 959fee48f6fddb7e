package org.bepart.news;

import org.bepart.editorial.EditorialForm;
import org.bepart.language.Language;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The editor's form of a news item: what is typed in, never an entity. {@code id} and {@code version} are null for a
 * new item; {@code version} is the one the editor started from (optimistic locking). Status and publication time are
 * shown, not edited: they change through publish, schedule and unpublish.
 */
public class NewsForm implements EditorialForm<TextForm>, Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Integer version;
    private NewsCategory category = NewsCategory.NEWS;
    private Language originalLanguage;
    private final Map<Language, TextForm> texts = new EnumMap<>(Language.class);
    private String tags;
    private Long coverImageId;
    private String ctaLink;
    private boolean pinned;
    private NewsStatus status = NewsStatus.DRAFT;
    private Instant publishAt;

    /** A blank form for a new item written in {@code language}. */
    public NewsForm(Language language) {
        this.originalLanguage = language;
        for (Language l : Language.values()) {
            texts.put(l, new TextForm());
        }
    }

    static NewsForm of(NewsItem item, Instant now) {
        NewsForm form = new NewsForm(item.getOriginalLanguage());
        form.id = item.getId();
        form.version = item.getVersion();
        form.category = item.getCategory();
        item.getTexts().forEach((language, text) -> form.texts.put(language, TextForm.of(text)));
        form.tags = String.join(", ", item.getTags());
        form.coverImageId = item.getCoverImageId();
        form.ctaLink = item.getCtaLink();
        form.pinned = item.isPinned();
        form.status = item.statusAt(now);
        form.publishAt = item.getPublishAt();
        return form;
    }

    /** The form of one language (never null). */
    public TextForm text(Language language) {
        return texts.computeIfAbsent(language, l -> new TextForm());
    }

    public Map<Language, TextForm> getTexts() {
        return texts;
    }

    public Long getId() {
        return id;
    }

    /** Set by the page once a new item has been created, so that the next step updates it. */
    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public NewsCategory getCategory() {
        return category;
    }

    public void setCategory(NewsCategory category) {
        this.category = category;
    }

    public Language getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(Language originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    /** Tags separated by commas. */
    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public void setCoverImageId(Long coverImageId) {
        this.coverImageId = coverImageId;
    }

    public String getCtaLink() {
        return ctaLink;
    }

    public void setCtaLink(String ctaLink) {
        this.ctaLink = ctaLink;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public NewsStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }
}
