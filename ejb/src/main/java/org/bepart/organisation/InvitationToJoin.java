package org.bepart.organisation;

import java.io.Serializable;
import java.time.Instant;

/** An open invitation to join an organisation, as the invited person sees it. */
public record InvitationToJoin(long id, long organisationId, String organisationName, String invitedBy,
                               Instant expiresAt) implements Serializable {
}
