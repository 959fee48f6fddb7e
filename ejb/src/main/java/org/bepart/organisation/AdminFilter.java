package org.bepart.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.bepart.country.MemberState;

/**
 * What the administrators' list of organisations shows: a kind, a member state and verified or not (null for all),
 * words of the name (null for any) and a page.
 */
public record AdminFilter(OrganisationKind kind, MemberState country, Boolean verified,
                          @Size(max = DirectoryFilter.TEXT_MAX) String text,
                          @Min(1) @Max(DirectoryFilter.PAGE_MAX) int page) {

    public static final int SIZE = 30;

    public AdminFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
