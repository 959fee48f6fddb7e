package org.bepart.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.bepart.country.MemberState;

/**
 * What the public directory of organisations shows: a member state and a sector (null for all), words of the name
 * (null for any), an order and a page.
 */
public record DirectoryFilter(MemberState country, Sector sector,
                              @Size(max = DirectoryFilter.TEXT_MAX) String text,
                              DirectoryOrder order,
                              @Min(1) @Max(DirectoryFilter.PAGE_MAX) int page,
                              @Min(1) @Max(DirectoryFilter.SIZE_MAX) int size) {

    public static final int TEXT_MAX = 100;
    public static final int PAGE_MAX = 1_000_000;
    public static final int SIZE_MAX = 100;

    public DirectoryFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        order = order == null ? DirectoryOrder.NAME : order;
    }
}
