package org.bepart.web.cache;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import org.bepart.web.security.SessionSignIn;
import org.junit.jupiter.api.Test;

import javax.security.auth.Subject;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The authentication step answers cache hits and hands every other request to the wrapped module unchanged. */
class CacheBeforeAuthenticationTest {

    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    /** The cache, answering as told; records what it was asked. */
    private static final class Pages extends CachedPages {
        final List<String> asked = new ArrayList<>();
        boolean hit;
        boolean fail;

        @Override
        boolean answer(HttpServletRequest request, HttpServletResponse response, String step) throws IOException {
            asked.add(step);
            if (fail) {
                throw new IOException("the reader went away");
            }
            return hit;
        }
    }

    /** The sign-in mechanism's context: counts its calls, answers SUCCESS. */
    private static final class Wrapped implements ServerAuthContext {
        int validated;
        int secured;
        int cleaned;

        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) {
            validated++;
            return AuthStatus.SUCCESS;
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) {
            secured++;
            return AuthStatus.SEND_SUCCESS;
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) {
            cleaned++;
        }
    }

    private static final class Message implements MessageInfo {
        private final Map<String, Object> map = new HashMap<>();
        private Object request = proxy(HttpServletRequest.class);
        private Object response = proxy(HttpServletResponse.class);

        @Override
        public Object getRequestMessage() {
            return request;
        }

        @Override
        public Object getResponseMessage() {
            return response;
        }

        @Override
        public void setRequestMessage(Object request) {
            this.request = request;
        }

        @Override
        public void setResponseMessage(Object response) {
            this.response = response;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public Map getMap() {
            return map;
        }
    }

    private static <T> T proxy(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (p, method, args) -> {
            throw new UnsupportedOperationException(method.getName());
        }));
    }

    private final Pages pages = new Pages();
    private final Wrapped wrapped = new Wrapped();
    private final CacheBeforeAuthentication.Context context = new CacheBeforeAuthentication.Context(wrapped, pages, true);

    @Test
    void aHitEndsTheRequestWithoutTheSignInMechanism() throws Exception {
        pages.hit = true;
        assertEquals(AuthStatus.SEND_SUCCESS, context.validateRequest(new Message(), new Subject(), null));
        assertEquals(List.of("authentication"), pages.asked);
        assertEquals(0, wrapped.validated);
    }

    @Test
    void aMissGoesToTheSignInMechanism() throws Exception {
        assertEquals(AuthStatus.SUCCESS, context.validateRequest(new Message(), new Subject(), null));
        assertEquals(1, pages.asked.size());
        assertEquals(1, wrapped.validated);
    }

    @Test
    void aResourceThatRequiresSigningInIsNeverAnsweredFromTheCache() throws Exception {
        pages.hit = true;
        Message message = new Message();
        message.getMap().put(MANDATORY, "true");
        assertEquals(AuthStatus.SUCCESS, context.validateRequest(message, new Subject(), null));
        assertTrue(pages.asked.isEmpty());
        assertEquals(1, wrapped.validated);
    }

    @Test
    void otherMessagesThanHttpGoToTheSignInMechanism() throws Exception {
        pages.hit = true;
        Message message = new Message();
        message.setRequestMessage("not a servlet request");
        context.validateRequest(message, new Subject(), null);
        assertTrue(pages.asked.isEmpty());
        assertEquals(1, wrapped.validated);
    }

    @Test
    void aReaderWhoLeftWhileThePageWasSentEndsTheRequest() throws Exception {
        pages.fail = true;
        assertEquals(AuthStatus.SEND_SUCCESS, context.validateRequest(new Message(), new Subject(), null));
        assertEquals(0, wrapped.validated);
    }

    @Test
    void responsesAndSignOutAreTheSignInMechanismsAlone() throws Exception {
        context.secureResponse(new Message(), null);
        context.cleanSubject(new Message(), new Subject());
        assertEquals(1, wrapped.secured);
        assertEquals(1, wrapped.cleaned);
        assertTrue(pages.asked.isEmpty());
    }

    @Test
    void aMechanismWithNothingToDoAfterAResponseIsNotAskedAfterEach() throws Exception {
        CacheBeforeAuthentication.Context quick = new CacheBeforeAuthentication.Context(wrapped, pages, false);
        assertEquals(AuthStatus.SEND_SUCCESS, quick.secureResponse(new Message(), null));
        assertEquals(0, wrapped.secured);
        quick.cleanSubject(new Message(), new Subject());
        assertEquals(1, wrapped.cleaned);
    }

    @Test
    void onlyAMechanismThatOverridesSecureResponseIsAskedAfterAResponse() {
        assertFalse(CacheBeforeAuthentication.securesResponses(SessionSignIn.class));
        assertTrue(CacheBeforeAuthentication.securesResponses(Securing.class));
    }

    /** A mechanism with something to do after a response. */
    private abstract static class Securing implements HttpAuthenticationMechanism {
        @Override
        public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                HttpMessageContext context) {
            return AuthenticationStatus.SUCCESS;
        }
    }

    @Test
    void theConfigurationWrapsEachContextItGives() throws Exception {
        ServerAuthConfig config = new CacheBeforeAuthentication.Config(new ServerAuthConfig() {
            @Override
            @SuppressWarnings("rawtypes")
            public ServerAuthContext getAuthContext(String id, Subject subject, Map properties) {
                return "none".equals(id) ? null : wrapped;
            }

            @Override
            public String getMessageLayer() {
                return "HttpServlet";
            }

            @Override
            public String getAppContext() {
                return "server /";
            }

            @Override
            public String getAuthContextID(MessageInfo messageInfo) {
                return "id";
            }

            @Override
            public void refresh() {
            }

            @Override
            public boolean isProtected() {
                return false;
            }
        }, pages, true);
        ServerAuthContext given = config.getAuthContext("id", null, Map.of());
        assertTrue(given instanceof CacheBeforeAuthentication.Context);
        assertSame(wrapped, ((CacheBeforeAuthentication.Context) given).wrapped());
        assertNull(config.getAuthContext("none", null, Map.of()));
        assertEquals("server /", config.getAppContext());
    }
}
