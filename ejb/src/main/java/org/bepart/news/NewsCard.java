package org.bepart.news;

import org.bepart.translation.ShownText;
import org.bepart.language.Language;

import java.io.Serializable;
import java.time.Instant;

/**
 * A news item as lists show it, in the reader's language or the original.
 *
 * @param language the language of title and teaser
 * @param fallback true when the reader's own language is missing
 * @param coverImageId the cover image, null for none
 * @param imageAlt what the cover image shows, for people who cannot see it
 */
public record NewsCard(long id, NewsCategory category, String title, String teaser, Language language,
                       boolean fallback, Instant publishAt, String slug, boolean pinned, Long coverImageId,
                       String imageAlt) implements Serializable {

    /** The teaser length of lists and of the sidebar. */
    public static final int TEASER_MAX = 160;

    /** The item's address below the context root: /news/{id}/{slug}. */
    public String path() {
        return "/news/" + id + (slug == null || slug.isEmpty() ? "" : "/" + slug);
    }

    static NewsCard of(NewsItem item, Language reader) {
        ShownText<NewsText> shown = item.textFor(reader);
        return new NewsCard(item.getId() == null ? 0 : item.getId(), item.getCategory(), shown.text().getTitle(),
                shown.text().teaser(TEASER_MAX), shown.language(), shown.isFallback(), item.getPublishAt(),
                item.slug(reader), item.isPinned(), item.getCoverImageId(), shown.text().getImageAlt());
    }
}
