package org.bepart.news;

import java.util.List;

/** The home page's news: pinned items first, then the latest of the others. */
public record HomeNews(List<NewsCard> pinned, List<NewsCard> latest) {

    public boolean isEmpty() {
        return pinned.isEmpty() && latest.isEmpty();
    }
}
