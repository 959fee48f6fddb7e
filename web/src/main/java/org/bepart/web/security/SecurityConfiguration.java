package org.bepart.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.bepart.account.Role;

/**
 * Form sign-in on /login (a Faces page that calls {@code SecurityContext.authenticate}). A visitor who opens a
 * protected page is redirected there and comes back after signing in. Readers of public pages never get a session.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.CONTRIBUTOR_NAME, Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMINISTRATOR_NAME})
public class SecurityConfiguration {
}
