package org.bepart.contact;

import java.io.Serializable;

/**
 * Whether one side's contact shows the e-mail address on the public page, as the forms of the contributors show it.
 *
 * @param mine whether the account reading it is that contact (only the contact may agree)
 */
public record ContactConsent(ContactSide side, String organisation, String contactPerson, String email,
                             boolean shown, boolean mine) implements Serializable {
}
