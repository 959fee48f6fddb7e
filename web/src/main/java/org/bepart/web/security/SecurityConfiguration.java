package org.bepart.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.bepart.account.Role;

/** The roles of the application; sign-in is {@link SessionSignIn}. */
@ApplicationScoped
@DeclareRoles({Role.CONTRIBUTOR_NAME, Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME,
        Role.TRANSLATOR_NAME})
public class SecurityConfiguration {
}
