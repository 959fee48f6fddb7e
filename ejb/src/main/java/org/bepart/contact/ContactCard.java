package org.bepart.contact;

import java.io.Serializable;

/**
 * A contact person visitors may write to, as the contact form shows it: never the address.
 *
 * @param organisation  the organisation of that side
 * @param contactPerson the person's name, or null
 */
public record ContactCard(long initiativeId, String initiativeTitle, String slug, ContactSide side,
                          String organisation, String contactPerson) implements Serializable {
}
