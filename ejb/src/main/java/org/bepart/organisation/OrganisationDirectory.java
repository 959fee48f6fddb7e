package org.bepart.organisation;

import java.util.List;

/** One page of the public directory of organisations; {@code page} is the one shown, at most the last. */
public record OrganisationDirectory(List<DirectoryEntry> entries, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The position of the first entry shown, from 1; 0 when none. */
    public long firstItem() {
        return entries.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastItem() {
        return entries.isEmpty() ? 0 : firstItem() + entries.size() - 1;
    }
}
