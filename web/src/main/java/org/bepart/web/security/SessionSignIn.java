package org.bepart.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.HashSet;
import java.util.Set;

/**
 * Form sign-in on /login (a Faces page that calls {@code SecurityContext.authenticate}); a visitor who opens a
 * protected page is redirected there and comes back after signing in. Who signed in is kept in the session's
 * attributes (the account id and its roles), not in the server's own record of the session's caller, and restored on
 * every request: attributes are replicated between the servers of a cluster, so a signed-in person whose server
 * stops is still signed in on another. Readers of public pages never get a session.
 */
@ApplicationScoped
public class SessionSignIn implements HttpAuthenticationMechanism {

    static final String CALLER = SessionSignIn.class.getName() + ".caller";
    static final String GROUPS = SessionSignIn.class.getName() + ".groups";
    /** Where a visitor sent to the sign-in page was going (a path of this site), to go on there once signed in. */
    static final String RETURN_TO = SessionSignIn.class.getName() + ".returnTo";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            AuthenticationStatus status = context.notifyContainerAboutLogin(result); // else a failure: the form says so
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                HttpSession session = request.getSession();
                session.setAttribute(CALLER, result.getCallerPrincipal().getName());
                session.setAttribute(GROUPS, new HashSet<>(result.getCallerGroups()));
                if (session.getAttribute(RETURN_TO) instanceof String back) {
                    session.removeAttribute(RETURN_TO);
                    return context.redirect(back);
                }
            }
            return status;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof String caller
                && session.getAttribute(GROUPS) instanceof Set<?> groups) {
            Set<String> roles = new HashSet<>();
            groups.forEach(group -> roles.add(String.valueOf(group)));
            return context.notifyContainerAboutLogin(caller, roles);
        }
        if (context.isProtected()) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            return context.redirect(request.getContextPath() + "/login");
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
            session.removeAttribute(GROUPS);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
