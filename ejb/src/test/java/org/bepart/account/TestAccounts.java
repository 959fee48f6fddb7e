package org.bepart.account;

import jakarta.persistence.EntityManager;
import org.bepart.language.Language;
import org.bepart.organisation.Organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The one way the service tests write an account: each test-data bean calls it with its own entity manager, inside
 * its own transaction.
 */
public final class TestAccounts {

    /** A password hash that no password matches. */
    public static final String NO_PASSWORD = "not-a-real-hash";

    private TestAccounts() {
    }

    /** A fresh address {@code prefix-<uuid>@domain}. */
    public static String address(String prefix, String domain) {
        return prefix + "-" + UUID.randomUUID() + "@" + domain;
    }

    /** A verified account holding {@code roles}, persisted and flushed. */
    public static Account verified(EntityManager em, String email, String name, String passwordHash,
                                   Language language, Role... roles) {
        return persist(em, email, name, passwordHash, language, true, List.of(roles), List.of());
    }

    /** An account, verified or not, holding {@code roles} and member of {@code organisations}, persisted and flushed. */
    public static Account persist(EntityManager em, String email, String name, String passwordHash, Language language,
                                  boolean verified, Collection<Role> roles, Collection<Organisation> organisations) {
        Instant now = Instant.now();
        Account account = new Account(email, name, passwordHash, language, now);
        if (verified) {
            account.verify(now);
        }
        roles.forEach(account::grant);
        organisations.forEach(account::join);
        em.persist(account);
        em.flush();
        return account;
    }
}
