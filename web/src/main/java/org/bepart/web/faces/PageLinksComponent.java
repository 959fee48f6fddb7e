package org.bepart.web.faces;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.bepart.web.i18n.ReaderLanguage;

import java.io.IOException;
import java.util.function.IntFunction;

/**
 * {@code <b:pageLinks numbers="…" current="…" url="…"/>}: a pager's numbered list items. {@code numbers} are the
 * page numbers to offer, 0 marking a gap; {@code url} gives each one's address ({@code IntFunction<String>}). The
 * current page is marked {@code aria-current="page"}. Written by the response writer (which escapes every attribute
 * and text) rather than by a {@code ui:repeat} of fragments.
 */
@FacesComponent(PageLinksComponent.TYPE)
public class PageLinksComponent extends UIComponentBase {

    static final String TYPE = "org.bepart.PageLinks";

    @Override
    public String getFamily() {
        return "org.bepart";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children
    }

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        Iterable<Integer> numbers = (Iterable<Integer>) getAttributes().get("numbers");
        int current = ((Number) getAttributes().get("current")).intValue();
        IntFunction<String> url = (IntFunction<String>) getAttributes().get("url");
        ReaderLanguage reader = ReaderLanguage.of(context);
        ResponseWriter out = context.getResponseWriter();
        for (int number : numbers) {
            out.startElement("li", this);
            if (number == 0) {
                out.startElement("span", this);
                out.writeAttribute("class", "gap", null);
                out.writeText("…", null);
                out.endElement("span");
            } else {
                out.startElement("a", this);
                out.writeAttribute("href", url.apply(number), null);
                if (number == current) {
                    out.writeAttribute("aria-current", "page", null);
                }
                out.writeAttribute("aria-label", reader.format("catalogue.pageNumber", number), null);
                out.writeText(Integer.toString(number), null);
                out.endElement("a");
            }
            out.endElement("li");
        }
    }
}
