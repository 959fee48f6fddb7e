package org.bepart.initiative;

/**
 * One side of an initiative as public pages show it: the organisation and its contact person, and the contact's
 * e-mail address only when the contact agreed; otherwise {@code writable} says that visitors may write to the contact
 * through the relaying form.
 *
 * @param email    the address, null unless the contact agreed to show it
 * @param writable the contact has an address visitors may write to without seeing it
 */
public record PublicParty(String name, String contactPerson, String email, boolean writable) {

    /** The public part of {@code party}; null for none. */
    public static PublicParty of(Party party) {
        if (party == null || party.isEmpty()) {
            return null;
        }
        boolean shown = party.isEmailPublic();
        return new PublicParty(party.getName(), party.getContactPerson(), shown ? party.getEmail() : null,
                !shown && party.getEmail() != null);
    }

    public boolean isEmpty() {
        return name == null && contactPerson == null && email == null && !writable;
    }
}
