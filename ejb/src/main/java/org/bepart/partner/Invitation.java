package org.bepart.partner;

import org.bepart.organisation.OrganisationSummary;

import java.io.Serializable;
import java.util.List;

/**
 * An invitation as the invited person sees it on the link's page.
 *
 * @param open            whether it can still be accepted
 * @param myOrganisations the reader's organisations that may join as the partner (on the other side)
 * @param otherOrganisations the reader's organisations on the wrong side, named so the page can explain
 */
public record Invitation(long initiativeId, String initiativeTitle, String invitingOrganisation,
                         String organisationName, String email, boolean open,
                         List<OrganisationSummary> myOrganisations, List<OrganisationSummary> otherOrganisations,
                         org.bepart.organisation.Sector ownerSector) implements Serializable {
}
