package org.bepart.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.CompositeFaceletHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.FaceletHandler;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import jakarta.servlet.http.HttpServletRequest;
import org.bepart.web.i18n.LanguageFilter;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code <b:static key="…">…</b:static>}: markup that is the same for every reader without an account in a language
 * (the site's header and footer), built and rendered once per key and language, then written as it was. Its
 * {@code <b:dynamic>} children (the language links, which name the page) are built and rendered on every request in
 * their place; they must be direct children, with nothing but plain markup around them.
 * <p>
 * Only stateless views of readers who are not signed in use the kept markup (a signed-in person's header shows their
 * name and roles). The content must depend on nothing but the key, the language and the message bundle: a page's
 * rendering of it is kept without its components, so it must not add resources or state either.
 */
public final class StaticMarkupHandler extends TagHandler {

    /** Kept renderings (keys × languages is small); emptied when full, should a key ever be unbounded. */
    private static final int MAX_KEPT = 256;

    private final TagAttribute key;
    private final List<DynamicHandler> dynamics = new ArrayList<>();
    private final Map<String, List<String>> kept = new ConcurrentHashMap<>();

    public StaticMarkupHandler(TagConfig config) {
        super(config);
        key = getRequiredAttribute("key");
        FaceletHandler[] children = nextHandler instanceof CompositeFaceletHandler composite
                ? composite.getHandlers() : new FaceletHandler[] {nextHandler};
        for (FaceletHandler child : children) {
            if (child instanceof DynamicHandler dynamic) {
                dynamics.add(dynamic);
            }
        }
    }

    @Override
    public void apply(FaceletContext ctx, UIComponent parent) throws IOException {
        FacesContext faces = ctx.getFacesContext();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (faces.getViewRoot() == null || !faces.getViewRoot().isTransient() || faces.isPostback()
                || request.getRemoteUser() != null) {
            nextHandler.apply(ctx, parent);
            return;
        }
        String id = LanguageFilter.of(request).tag() + ' ' + key.getValue(ctx);
        List<String> segments = kept.get(id);
        if (segments == null) {
            Capture capture = new Capture(this, id);
            parent.getChildren().add(capture);
            nextHandler.apply(ctx, capture);
            return;
        }
        for (int k = 0; k < segments.size(); k++) {
            Markup markup = new Markup(segments.get(k));
            parent.getChildren().add(markup);
            if (k < dynamics.size()) {
                dynamics.get(k).apply(ctx, parent);
            }
        }
    }

    private void keep(String id, List<String> segments) {
        if (segments.size() != dynamics.size() + 1) {
            return; // a dynamic part nested in a component: rendered every time rather than kept wrong
        }
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(id, List.copyOf(segments));
    }

    /** Renders the children, writing the dynamic ones as they are and keeping the markup between them. */
    static final class Capture extends UIComponentBase {
        private final StaticMarkupHandler handler;
        private final String id;

        Capture(StaticMarkupHandler handler, String id) {
            this.handler = handler;
            this.id = id;
            setTransient(true);
        }

        @Override
        public String getFamily() {
            return "org.bepart";
        }

        @Override
        public boolean getRendersChildren() {
            return true;
        }

        @Override
        public void encodeChildren(FacesContext context) throws IOException {
            ResponseWriter real = context.getResponseWriter();
            List<String> segments = new ArrayList<>();
            StringWriter buffer = new StringWriter();
            ResponseWriter captured = real.cloneWithWriter(buffer);
            context.setResponseWriter(captured);
            try {
                for (UIComponent child : getChildren()) {
                    if (child instanceof Dynamic) {
                        captured.flush();
                        segments.add(buffer.toString());
                        real.write(buffer.toString());
                        context.setResponseWriter(real);
                        child.encodeAll(context);
                        buffer = new StringWriter();
                        captured = real.cloneWithWriter(buffer);
                        context.setResponseWriter(captured);
                    } else {
                        child.encodeAll(context);
                    }
                }
                captured.flush();
                segments.add(buffer.toString());
                real.write(buffer.toString());
            } finally {
                context.setResponseWriter(real);
            }
            handler.keep(id, segments);
        }
    }

    /** Kept markup, written as it is. */
    static final class Markup extends UIComponentBase {
        private final String html;

        Markup(String html) {
            this.html = html;
            setTransient(true);
        }

        @Override
        public String getFamily() {
            return "org.bepart";
        }

        @Override
        public void encodeBegin(FacesContext context) throws IOException {
            context.getResponseWriter().write(html);
        }
    }

    /** {@code <b:dynamic>}: the part of a {@code <b:static>} rendered for every request. */
    public static final class DynamicHandler extends ComponentHandler {
        public DynamicHandler(ComponentConfig config) {
            super(config);
        }
    }

    /** What {@code <b:dynamic>} builds: its children, no markup of its own. */
    @jakarta.faces.component.FacesComponent(Dynamic.TYPE)
    public static final class Dynamic extends UIComponentBase {
        static final String TYPE = "org.bepart.Dynamic";

        @Override
        public String getFamily() {
            return "org.bepart";
        }
    }
}
