package org.bepart.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers cache hits in Payara's virtual server, before the application's pipeline: before the request listeners
 * (Weld's and Faces' set up every request), the container's permission checks and the authentication step. Profiled
 * after {@link CacheBeforeAuthentication}, those still took about a quarter of a hit's CPU.
 * <p>
 * Payara offers no API for this: at start the listener finds the virtual server of this application through the
 * servlet context (Payara's {@code ApplicationContextFacade}) and adds a valve to its pipeline, made as a proxy of
 * Payara's {@code GlassFishValve}, so that nothing of Payara is needed to compile or to deploy elsewhere. The valve
 * only looks at requests for this application, and leaves with it. When anything of this is not as expected (another
 * server, another version) it logs why and does nothing: {@link CacheBeforeAuthentication} answers then. Setting
 * {@code bepart.page-cache.at-host=false} turns it off.
 */
@WebListener
public class CacheAtTheHost implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(CacheAtTheHost.class.getName());
    /** {@code GlassFishValve.INVOKE_NEXT} and {@code END_PIPELINE}. */
    private static final int INVOKE_NEXT = 1;
    private static final int END_PIPELINE = 2;

    @Inject
    private CachedPages pages;

    private Object pipeline;
    private Method removeValve;
    private Object valve;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!pages.enabled() || !ConfigProvider.getConfig().getOptionalValue("bepart.page-cache.at-host",
                Boolean.class).orElse(true)) {
            return;
        }
        try {
            install(event.getServletContext());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, "Cached pages are answered by the application, not by the server''s virtual server: {0}",
                    e.toString());
        }
    }

    private void install(ServletContext servletContext) throws ReflectiveOperationException {
        Field field = servletContext.getClass().getDeclaredField("context");
        field.setAccessible(true);
        Object applicationContext = field.get(servletContext);
        Object context = applicationContext.getClass().getMethod("getStandardContext").invoke(applicationContext);
        Object host = call(context, "getParent");
        Object hostPipeline = call(host, "getPipeline");
        ClassLoader server = hostPipeline.getClass().getClassLoader();
        Class<?> valveType = Class.forName("org.glassfish.web.valve.GlassFishValve", false, server);
        if (valveType.getField("INVOKE_NEXT").getInt(null) != INVOKE_NEXT
                || valveType.getField("END_PIPELINE").getInt(null) != END_PIPELINE) {
            throw new IllegalStateException("GlassFishValve's results are not those this valve returns");
        }
        Class<?> requestType = Class.forName("org.apache.catalina.Request", false, server);
        Class<?> responseType = Class.forName("org.apache.catalina.Response", false, server);
        Valve handler = new Valve(pages, context, requestType.getMethod("getContext"),
                requestType.getMethod("getRequest"), responseType.getMethod("getResponse"),
                Thread.currentThread().getContextClassLoader());
        Object proxy = Proxy.newProxyInstance(valveType.getClassLoader(), new Class<?>[]{valveType}, handler);
        Method add = hostPipeline.getClass().getMethod("addValve", valveType);
        removeValve = hostPipeline.getClass().getMethod("removeValve", valveType);
        add.invoke(hostPipeline, proxy);
        pipeline = hostPipeline;
        valve = proxy;
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (valve != null) {
            try {
                removeValve.invoke(pipeline, valve);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.WARNING, "The valve of cached pages could not be removed", e);
            }
            valve = null;
        }
    }

    /** The valve: a request for this application that the cache answers ends here; all others go on. */
    record Valve(CachedPages pages, Object context, Method requestContext, Method servletRequest,
                 Method servletResponse, ClassLoader application) implements InvocationHandler {

        private static final AtomicBoolean FAILED = new AtomicBoolean();

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            return switch (method.getName()) {
                case "invoke" -> answer(args[0], args[1]);
                case "postInvoke" -> null;
                case "getInfo" -> "BePART's cached pages";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "BePART's cached pages for " + context;
                default -> throw new UnsupportedOperationException(method.getName());
            };
        }

        int answer(Object request, Object response) throws IllegalAccessException {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            try {
                if (requestContext.invoke(request) != context) {
                    return INVOKE_NEXT;
                }
                thread.setContextClassLoader(application);
                return pages.answer((HttpServletRequest) servletRequest.invoke(request),
                        (HttpServletResponse) servletResponse.invoke(response), "host") ? END_PIPELINE : INVOKE_NEXT;
            } catch (IOException e) {
                return END_PIPELINE; // the reader went away while the page was being sent
            } catch (InvocationTargetException | RuntimeException e) {
                // The application's own steps answer; said once, not for every request.
                if (FAILED.compareAndSet(false, true)) {
                    LOG.log(Level.WARNING, "A cached page could not be answered by the virtual server", e);
                }
                return INVOKE_NEXT;
            } finally {
                thread.setContextClassLoader(before);
            }
        }
    }
}
