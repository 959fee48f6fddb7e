package org.bepart.news;

import org.bepart.translation.ShownText;
import org.bepart.language.Language;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One news item as its page shows it.
 *
 * @param body sanitised HTML, safe to write into the page as it is
 * @param ctaLink a path inside the platform, null for no call to action
 * @param ctaLabel the call to action's text in the language shown, null when the editor wrote none
 * @param languages the languages the item is written in, the original first
 */
public record NewsDetail(NewsCard card, String body, List<String> tags, String ctaLink, String ctaLabel,
                         List<Language> languages, String authorName, Instant updatedAt) implements Serializable {

    static NewsDetail of(NewsItem item, Language reader) {
        ShownText<NewsText> shown = item.textFor(reader);
        return new NewsDetail(NewsCard.of(item, reader), shown.text().getBody(), List.copyOf(item.getTags()),
                item.getCtaLink(), shown.text().getCtaLabel(), List.copyOf(item.getLanguages()),
                item.getAuthorName(), item.getUpdatedAt());
    }
}
