package org.bepart.partner;


import java.io.Serializable;

/** The partner's own perspective as its edit page loads it, with the version to send back. */
public record PartnerView(long initiativeId, int version, String title, String ownerName, String partnerName,
                          PerspectiveForm perspective) implements Serializable {
}
