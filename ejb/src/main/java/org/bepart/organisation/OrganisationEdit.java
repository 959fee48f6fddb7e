package org.bepart.organisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An organisation as its edit page shows it: the form, the version it was read at, its members and the invitations
 * not answered yet.
 */
public record OrganisationEdit(long id, int version, OrganisationForm form, List<Member> members,
                               List<Invited> invitations) implements Serializable {

    /** A member by name and address (only members and administrators see this). */
    public record Member(long accountId, String name, String email) implements Serializable {
    }

    /** An open invitation: the address the members typed and when it lapses. */
    public record Invited(long id, String email, Instant invitedAt, Instant expiresAt) implements Serializable {
    }
}
