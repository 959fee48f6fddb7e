package org.bepart.news;

import java.util.List;

/** One page of the public news list. {@code page} counts from 1. */
public record NewsList(List<NewsCard> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
