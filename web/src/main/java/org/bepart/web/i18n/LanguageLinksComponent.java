package org.bepart.web.i18n;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.bepart.language.Language;

import java.io.IOException;

/**
 * {@code <b:languageLinks as="alternate"/>}: the page in every language, as {@code <link rel="alternate">} for the
 * head; {@code <b:languageLinks as="switch"/>}: the language switcher's list items. On every page, so written by the
 * response writer (which escapes every attribute and text) rather than by a {@code ui:repeat}, which saved and
 * restored its children's state for every language.
 */
@FacesComponent(LanguageLinksComponent.TYPE)
public class LanguageLinksComponent extends UIComponentBase {

    static final String TYPE = "org.bepart.LanguageLinks";

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
    public void encodeBegin(FacesContext context) throws IOException {
        ReaderLanguage reader = ReaderLanguage.of(context);
        ResponseWriter out = context.getResponseWriter();
        boolean alternate = "alternate".equals(getAttributes().get("as"));
        for (Language language : Language.values()) {
            if (alternate) {
                out.startElement("link", this);
                out.writeAttribute("rel", "alternate", null);
                out.writeAttribute("hreflang", language.tag(), null);
                out.writeAttribute("href", reader.alternateUrl(language), null);
                out.endElement("link");
            } else {
                out.startElement("li", this);
                out.startElement("a", this);
                out.writeAttribute("href", reader.switchUrl(language), null);
                out.writeAttribute("lang", language.tag(), null);
                out.writeAttribute("hreflang", language.tag(), null);
                out.writeAttribute("aria-current", language == reader.getLanguage() ? "true" : "false", null);
                out.writeText(language.nativeName(), null);
                out.endElement("a");
                out.endElement("li");
            }
        }
    }
}
