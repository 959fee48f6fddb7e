package org.bepart.account;

import org.bepart.language.Language;

import java.util.Set;

/** What the profile page shows and edits of the signed-in account. */
public record Profile(long id, String name, String email, Language language, Set<Role> roles) {

    public Profile {
        roles = Set.copyOf(roles);
    }
}
