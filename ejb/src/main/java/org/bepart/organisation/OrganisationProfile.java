package org.bepart.organisation;

import org.bepart.country.MemberState;
import org.bepart.initiative.InitiativeCard;

import java.util.List;

/**
 * The public profile of an organisation: what it is, whether an administrator verified it (public authorities), and
 * one page of its public initiatives, as owner or partner: {@code page} of {@code pages}, {@code total} in all.
 */
public record OrganisationProfile(long id, String name, String slug, OrganisationKind kind, MemberState country,
                                  String website, String description, boolean verified,
                                  List<InitiativeCard> initiatives, int page, int pages, int total) {

    /** Initiatives on one page of the profile: an organisation of hundreds still gets a page of 60 KB at most. */
    public static final int CARDS_PER_PAGE = 24;

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
