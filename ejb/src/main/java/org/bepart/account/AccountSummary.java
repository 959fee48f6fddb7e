package org.bepart.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An account as the administrators' list shows it; {@code blocked} when an administrator blocked it. */
public record AccountSummary(long id, String name, String email, Set<Role> roles, boolean verified,
                             Instant createdAt, boolean blocked) implements Serializable {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    static AccountSummary of(Account a) {
        return new AccountSummary(a.getId(), a.getDisplayName(), a.getEmail(), a.getRoles(), a.isVerified(),
                a.getCreatedAt(), a.isBlocked());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
