package org.bepart.account;

import java.io.Serializable;
import java.util.Set;

/** An account that has proved who it is: what the web tier keeps of it. */
public record SignedIn(long id, String name, String email, Set<Role> roles) implements Serializable {

    public SignedIn {
        roles = Set.copyOf(roles);
    }
}
