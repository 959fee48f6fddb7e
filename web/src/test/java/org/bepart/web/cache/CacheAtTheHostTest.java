package org.bepart.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The virtual server's valve answers this application's hits and lets everything else go on. */
class CacheAtTheHostTest {

    private static final int INVOKE_NEXT = 1;
    private static final int END_PIPELINE = 2;

    /** Stand-ins for Catalina's request and response, with the methods the valve calls. */
    public static final class Request {
        private final Object context;
        private final HttpServletRequest request = proxy(HttpServletRequest.class);

        Request(Object context) {
            this.context = context;
        }

        public Object getContext() {
            return context;
        }

        public HttpServletRequest getRequest() {
            return request;
        }
    }

    public static final class Response {
        private final HttpServletResponse response = proxy(HttpServletResponse.class);

        public HttpServletResponse getResponse() {
            return response;
        }
    }

    private static final class Pages extends CachedPages {
        final List<HttpServletRequest> asked = new ArrayList<>();
        final List<ClassLoader> loaders = new ArrayList<>();
        boolean hit;
        RuntimeException failure;
        boolean gone;

        @Override
        boolean answer(HttpServletRequest request, HttpServletResponse response, String step) throws IOException {
            assertEquals("host", step);
            asked.add(request);
            loaders.add(Thread.currentThread().getContextClassLoader());
            if (failure != null) {
                throw failure;
            }
            if (gone) {
                throw new IOException("the reader went away");
            }
            return hit;
        }
    }

    private static <T> T proxy(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (p, method, args) -> {
            throw new UnsupportedOperationException(method.getName());
        }));
    }

    private final Object context = new Object();
    private final Pages pages = new Pages();
    private final ClassLoader application = new ClassLoader() {
    };
    private final CacheAtTheHost.Valve valve;

    CacheAtTheHostTest() throws NoSuchMethodException {
        valve = new CacheAtTheHost.Valve(pages, context, Request.class.getMethod("getContext"),
                Request.class.getMethod("getRequest"), Response.class.getMethod("getResponse"), application);
    }

    @Test
    void aHitOfThisApplicationEndsThePipeline() throws Exception {
        pages.hit = true;
        Request request = new Request(context);
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        assertEquals(END_PIPELINE, valve.answer(request, new Response()));
        assertSame(request.getRequest(), pages.asked.get(0));
        assertSame(application, pages.loaders.get(0), "the application's class loader while it answers");
        assertSame(before, Thread.currentThread().getContextClassLoader(), "and the server's again after");
    }

    @Test
    void aMissGoesOn() throws Exception {
        assertEquals(INVOKE_NEXT, valve.answer(new Request(context), new Response()));
        assertEquals(1, pages.asked.size());
    }

    @Test
    void requestsForOtherApplicationsAreNotLookedAt() throws Exception {
        pages.hit = true;
        assertEquals(INVOKE_NEXT, valve.answer(new Request(new Object()), new Response()));
        assertTrue(pages.asked.isEmpty());
    }

    @Test
    void aReaderWhoLeftEndsTheRequest() throws Exception {
        pages.gone = true;
        assertEquals(END_PIPELINE, valve.answer(new Request(context), new Response()));
    }

    @Test
    void aFailureLeavesTheRequestToTheApplication() throws Exception {
        pages.failure = new IllegalStateException("broken");
        assertEquals(INVOKE_NEXT, valve.answer(new Request(context), new Response()));
    }

    /** The shape of Payara's GlassFishValve. */
    public interface ValveShape {
        String getInfo();

        int invoke(Object request, Object response);

        void postInvoke(Object request, Object response);
    }

    @Test
    void theProxyAnswersAsAValve() {
        pages.hit = true;
        ValveShape proxy = (ValveShape) Proxy.newProxyInstance(ValveShape.class.getClassLoader(),
                new Class<?>[]{ValveShape.class}, valve);
        assertEquals(END_PIPELINE, proxy.invoke(new Request(context), new Response()));
        proxy.postInvoke(new Request(context), new Response());
        assertTrue(proxy.getInfo().contains("BePART"));
        assertEquals(proxy, proxy);
        assertEquals(1, pages.asked.size());
    }
}
