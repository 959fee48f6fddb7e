package org.bepart.platform;

import jakarta.persistence.EntityManager;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.shared.AccessDeniedException;

import java.util.Arrays;

/**
 * Who is calling a service. The web tier passes the id of the signed-in account (null for a visitor); services load
 * it here and check what it may do, so a rule holds whatever page or API calls them.
 */
public final class Access {

    private Access() {
    }

    /** The active account with {@code actorId}; refuses visitors, unverified and deleted accounts. */
    public static Account actor(EntityManager em, Long actorId) {
        Account account = actorId == null ? null : em.find(Account.class, actorId);
        if (account == null || !account.isActive()) {
            throw new AccessDeniedException("not signed in with an active account: " + actorId);
        }
        return account;
    }

    /** The active account with {@code actorId}, which must hold one of {@code roles}. */
    public static Account actorWithRole(EntityManager em, Long actorId, Role... roles) {
        Account account = actor(em, actorId);
        if (Arrays.stream(roles).noneMatch(account::hasRole)) {
            throw new AccessDeniedException("account " + actorId + " holds none of " + Arrays.toString(roles));
        }
        return account;
    }

    /** Whether {@code account} reviews: reviewers and administrators. */
    public static boolean reviews(Account account) {
        return account.hasRole(Role.REVIEWER) || account.hasRole(Role.ADMINISTRATOR);
    }
}
