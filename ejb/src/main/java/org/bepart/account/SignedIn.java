package org.bepart.account;

import java.io.Serializable;
import java.util.Set;

/**
 * An account that has proved who it is: what the web tier keeps of it. {@code sessionEpoch} is the account's epoch
 * when it was read: a session that began in an older one has ended ({@link Account#endSessions}).
 */
public record SignedIn(long id, String name, String email, Set<Role> roles, int sessionEpoch)
        implements Serializable {

    public SignedIn {
        roles = Set.copyOf(roles);
    }
}
