package org.bepart.web.widget;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.web.PublicUrl;
import org.bepart.web.i18n.ReaderLanguage;
import org.omnifaces.util.Faces;

/** The snippets a page offers for its widget: a frame, or the script variant that sizes the frame to its list. */
@Named
@RequestScoped
public class EmbedSnippet {

    @Inject
    private ReaderLanguage reader;

    /** The widget's address in the reader's language, relative to BePART's public address. */
    public String path(String widget) {
        return widget + "?lang=" + reader.getTag();
    }

    public String url(String widget) {
        return PublicUrl.of(Faces.getRequest()) + path(widget);
    }

    /** An {@code <iframe>} of the widget; {@code title} names it for screen readers of the host page. */
    public String frame(String widget, String title) {
        return "<iframe src=\"" + attribute(url(widget)) + "\" title=\"" + attribute(title)
                + "\" loading=\"lazy\" style=\"width:100%;height:420px;border:0\"></iframe>";
    }

    /** The element and script that put a frame of the widget there, as tall as its list. */
    public String script(String widget, String title) {
        return "<div data-bepart-widget=\"" + attribute(path(widget)) + "\" data-title=\"" + attribute(title)
                + "\"></div>\n<script src=\"" + attribute(PublicUrl.of(Faces.getRequest()) + WidgetRouteFilter.SCRIPT)
                + "\" async></script>";
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
