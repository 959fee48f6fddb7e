package org.bepart.web.cache;

import jakarta.inject.Inject;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import org.bepart.web.security.SessionSignIn;

import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers cache hits in the container's authentication step, which runs before any filter: the sign-in mechanism
 * ({@code SessionSignIn}, which Jakarta Security wraps in an authentication module) costed a cache hit about a fifth
 * of its CPU, although a reader without a session has nobody to sign in. At start this listener wraps the
 * authentication provider registered for the application: a request the container does not require to be
 * authenticated that {@link CachedPages#answer} answers ends there ({@code SEND_SUCCESS}); every other request goes to
 * the wrapped provider unchanged. Without a registered provider nothing is wrapped and {@link CacheHits} answers.
 * Where {@link CacheAtTheHost} could place its valve, hits are answered there, earlier still, and this step looks no
 * more. When the sign-in mechanism has nothing to do after a response (it keeps Jakarta Security's default), this
 * step answers for it: Jakarta Security looked the mechanism up through JNDI once more for every page it rendered.
 */
@WebListener
public class CacheBeforeAuthentication implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(CacheBeforeAuthentication.class.getName());
    private static final String LAYER = "HttpServlet";
    /** Set by the container when the resource requires an authenticated caller (Jakarta Authentication, 3.8.1). */
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    @Inject
    private CachedPages pages;

    private String registration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!pages.enabled()) {
            return;
        }
        ServletContext context = event.getServletContext();
        String application = context.getVirtualServerName() + " " + context.getContextPath();
        try {
            AuthConfigFactory factory = AuthConfigFactory.getFactory();
            AuthConfigProvider provider = factory == null ? null : factory.getConfigProvider(LAYER, application, null);
            if (provider == null || provider instanceof Provider) {
                return;
            }
            registration = factory.registerConfigProvider(
                    new Provider(provider, pages, securesResponses(SessionSignIn.class)), LAYER, application,
                    "BePART's cached public pages, then " + provider.getClass().getName());
        } catch (RuntimeException e) {
            // The first filter still answers hits: slower, not wrong.
            LOG.log(Level.WARNING, "Cached pages are answered after authentication: " + e, e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (registration != null) {
            AuthConfigFactory factory = AuthConfigFactory.getFactory();
            if (factory != null) {
                factory.removeRegistration(registration);
            }
        }
    }

    /**
     * Whether {@code mechanism} does anything after a response: Jakarta Security's default answers success and does
     * nothing else.
     */
    static boolean securesResponses(Class<? extends HttpAuthenticationMechanism> mechanism) {
        try {
            return mechanism.getMethod("secureResponse", HttpServletRequest.class, HttpServletResponse.class,
                    HttpMessageContext.class).getDeclaringClass() != HttpAuthenticationMechanism.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    /** The application's provider, with {@link Context} before each of its server contexts. */
    record Provider(AuthConfigProvider wrapped, CachedPages pages, boolean securesResponses)
            implements AuthConfigProvider {

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            ServerAuthConfig config = wrapped.getServerAuthConfig(layer, appContext, handler);
            return config == null ? null : new Config(config, pages, securesResponses);
        }

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return wrapped.getClientAuthConfig(layer, appContext, handler);
        }

        @Override
        public void refresh() {
            wrapped.refresh();
        }
    }

    record Config(ServerAuthConfig wrapped, CachedPages pages, boolean securesResponses) implements ServerAuthConfig {

        @Override
        @SuppressWarnings("rawtypes")
        public ServerAuthContext getAuthContext(String authContextID, Subject serviceSubject, Map properties)
                throws AuthException {
            ServerAuthContext context = wrapped.getAuthContext(authContextID, serviceSubject, properties);
            return context == null ? null : new Context(context, pages, securesResponses);
        }

        @Override
        public String getMessageLayer() {
            return wrapped.getMessageLayer();
        }

        @Override
        public String getAppContext() {
            return wrapped.getAppContext();
        }

        @Override
        public String getAuthContextID(MessageInfo messageInfo) {
            return wrapped.getAuthContextID(messageInfo);
        }

        @Override
        public void refresh() {
            wrapped.refresh();
        }

        @Override
        public boolean isProtected() {
            return wrapped.isProtected();
        }
    }

    /**
     * Answers a hit and ends the request; hands everything else to the wrapped context, responses only when the
     * mechanism {@code securesResponses}.
     */
    record Context(ServerAuthContext wrapped, CachedPages pages, boolean securesResponses)
            implements ServerAuthContext {

        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
            if (!Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)))
                    && message.getRequestMessage() instanceof HttpServletRequest request
                    && message.getResponseMessage() instanceof HttpServletResponse response) {
                try {
                    if (pages.answer(request, response, "authentication")) {
                        return AuthStatus.SEND_SUCCESS;
                    }
                } catch (IOException e) {
                    // The reader went away while the page was being sent: the request is over all the same.
                    return AuthStatus.SEND_SUCCESS;
                }
            }
            return wrapped.validateRequest(message, client, service);
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
            return securesResponses ? wrapped.secureResponse(message, service) : AuthStatus.SEND_SUCCESS;
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
            wrapped.cleanSubject(message, subject);
        }
    }
}
