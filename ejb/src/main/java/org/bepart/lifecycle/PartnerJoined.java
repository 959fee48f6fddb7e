package org.bepart.lifecycle;

/** CDI event fired inside the transaction in which the partner organisation joined an initiative with its view. */
public record PartnerJoined(long initiativeId, long partnerOrganisationId, long accountId) {
}
