package org.bepart.partner;

import org.bepart.initiative.InitiativeStatus;
import org.bepart.organisation.OrganisationSummary;

import java.io.Serializable;
import java.util.List;

/** The partner side of an initiative for the back office: who, its view, and the invitations. */
public record PartnerOverview(long initiativeId, int version, String title, InitiativeStatus status,
                              OrganisationSummary owner, OrganisationSummary partner, PerspectiveForm partnerView,
                              List<InvitationView> invitations) implements Serializable {
}
