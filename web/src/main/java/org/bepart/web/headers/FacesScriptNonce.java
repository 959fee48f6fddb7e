package org.bepart.web.headers;

import jakarta.faces.FactoryFinder;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.lifecycle.LifecycleFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;
import org.primefaces.csp.CspPhaseListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Starts PrimeFaces' CSP for a view once the view is built ({@link PreRenderViewEvent}) instead of before (its own
 * phase listener, removed at start-up). Before the build a public page's view does not know yet that it is
 * transient, and PrimeFaces would keep the nonce in a view map, which opens a server session for every reader and
 * keeps the page out of the page cache. Stateful views (forms) keep their nonce in the view as before, so that an
 * Ajax request must send the nonce its page was given.
 */
public class FacesScriptNonce implements SystemEventListener {

    private static final Logger LOG = Logger.getLogger(FacesScriptNonce.class.getName());

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (event instanceof PostConstructApplicationEvent) {
            removePrimeFacesListener();
        } else if (event instanceof PreRenderViewEvent && event.getSource() instanceof UIViewRoot root) {
            start(FacesContext.getCurrentInstance(), root);
        }
    }

    /**
     * PrimeFaces' CSP for the view about to be rendered: the nonce of a page sent back whole is the server's new one
     * ({@link PostbackNonce}), kept in the view for the page's Ajax requests; an Ajax request whose nonce is not its
     * page's is refused (400).
     */
    private static void start(FacesContext context, UIViewRoot root) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        boolean replaced = PostbackNonce.replaced(request);
        Map<String, Object> view = root.getViewMap(false);
        if (replaced && view != null) {
            view.remove(PostbackNonce.PARAMETER);
        }
        try {
            CspPhaseListener.initCsp(context, Boolean.TRUE, Boolean.FALSE, null, null);
        } catch (CspException e) {
            try {
                context.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            context.responseComplete();
            return;
        }
        if (replaced && !root.isTransient()) {
            root.getViewMap(true).put(PostbackNonce.PARAMETER, PrimeFacesContext.getCspState(context).getNonce());
        }
    }

    private static void removePrimeFacesListener() {
        LifecycleFactory factory = (LifecycleFactory) FactoryFinder.getFactory(FactoryFinder.LIFECYCLE_FACTORY);
        boolean removed = false;
        for (Iterator<String> ids = factory.getLifecycleIds(); ids.hasNext(); ) {
            Lifecycle lifecycle = factory.getLifecycle(ids.next());
            for (PhaseListener listener : lifecycle.getPhaseListeners()) {
                if (listener instanceof CspPhaseListener) {
                    lifecycle.removePhaseListener(listener);
                    removed = true;
                }
            }
        }
        if (!removed) {
            LOG.warning("PrimeFaces' CspPhaseListener not found: public pages may open sessions");
        }
    }
}
