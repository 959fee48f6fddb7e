package org.bepart.organisation;

import java.util.List;

/** An organisation as its edit page shows it: the form, the version it was read at, and its members. */
public record OrganisationEdit(long id, int version, OrganisationForm form, List<Member> members) {

    /** A member by name and address (only members and administrators see this). */
    public record Member(long accountId, String name, String email) {
    }
}
