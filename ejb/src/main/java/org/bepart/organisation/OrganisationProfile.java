package org.bepart.organisation;

import org.bepart.country.MemberState;
import org.bepart.initiative.InitiativeCard;

import java.util.List;

/**
 * The public profile of an organisation: what it is, whether an administrator verified it (public authorities), and
 * its public initiatives, as owner or partner.
 */
public record OrganisationProfile(long id, String name, String slug, OrganisationKind kind, MemberState country,
                                  String website, String description, boolean verified,
                                  List<InitiativeCard> initiatives) {
}
