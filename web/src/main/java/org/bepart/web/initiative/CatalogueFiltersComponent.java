package org.bepart.web.initiative;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.util.List;

/**
 * {@code <b:catalogueFilters filters="#{initiativesPage.facets}"/>}: the catalogue's facets as fieldsets of check
 * boxes, each value with its count. Written by the response writer (which escapes every text and attribute): as
 * nested repeats, the hundred or so values of an unfiltered catalogue cost seven expressions each.
 */
@FacesComponent(CatalogueFiltersComponent.TYPE)
public class CatalogueFiltersComponent extends UIComponentBase {

    static final String TYPE = "org.bepart.CatalogueFilters";

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
        List<InitiativesPage.FacetView> facets = (List<InitiativesPage.FacetView>) getAttributes().get("filters");
        if (facets == null) {
            return;
        }
        ResponseWriter out = context.getResponseWriter();
        for (InitiativesPage.FacetView facet : facets) {
            String name = facet.facet().parameter();
            out.startElement("fieldset", this);
            out.startElement("legend", this);
            out.writeText(facet.legend(), null);
            out.endElement("legend");
            for (InitiativesPage.Option option : facet.options()) {
                String id = name + "-" + option.value();
                out.startElement("div", this);
                out.writeAttribute("class", "check", null);
                out.startElement("input", this);
                out.writeAttribute("type", "checkbox", null);
                out.writeAttribute("id", id, null);
                out.writeAttribute("name", name, null);
                out.writeAttribute("value", option.value(), null);
                if (option.selected()) {
                    out.writeAttribute("checked", "checked", null);
                }
                out.endElement("input");
                out.startElement("label", this);
                out.writeAttribute("for", id, null);
                out.writeText(option.label() + " ", null);
                out.startElement("span", this);
                out.writeAttribute("class", "count", null);
                out.writeText(Long.toString(option.count()), null);
                out.endElement("span");
                out.endElement("label");
                out.endElement("div");
            }
            out.endElement("fieldset");
        }
    }
}
