package org.bepart.lifecycle;

/**
 * CDI event fired inside the transaction that created a partner invitation. {@code link} is the path of the
 * invitation page with its single-use token (e.g. {@code /partner/join?token=…}), relative to the public URL; it
 * exists only in this event and in the mail, never in the database.
 */
public record PartnerInvited(long initiativeId, long invitationId, String email, String organisationName,
                             String link, Long inviterId) {
}
