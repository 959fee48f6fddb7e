package org.bepart.web.initiative;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.bepart.initiative.InitiativeCard;
import org.bepart.taxonomy.TermView;
import org.bepart.web.i18n.ReaderLanguage;

import java.io.IOException;

/**
 * {@code <b:initiativeCard card="…" headingLevel="2"/>} or, for a whole list, {@code <b:initiativeCards cards="…"/>}: an
 * initiative in a list — status, place, title, summary (with the searched words marked), level, themes. Written by the
 * response writer (which escapes every text and attribute) rather than by a tag file: a list page shows twenty cards,
 * and as a composition each card was fifteen components and forty expressions evaluated, a third of a catalogue page's
 * rendering. A list is one component rather than a {@code ui:repeat} of cards, which saved and restored the card's
 * state for every row.
 */
@FacesComponent(InitiativeCardComponent.TYPE)
public class InitiativeCardComponent extends UIComponentBase {

    static final String TYPE = "org.bepart.InitiativeCard";

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
        Object level = getAttributes().get("headingLevel");
        String heading = level != null && "2".equals(level.toString()) ? "h2" : "h3";
        ReaderLanguage reader = ReaderLanguage.of(context);
        ResponseWriter out = context.getResponseWriter();
        String contextPath = context.getExternalContext().getRequestContextPath();
        Object cards = getAttributes().get("cards");
        if (cards instanceof Iterable<?> list) {
            for (Object card : list) {
                write((InitiativeCard) card, heading, reader, out, contextPath);
            }
        }
        InitiativeCard card = (InitiativeCard) getAttributes().get("card");
        if (card != null) {
            write(card, heading, reader, out, contextPath);
        }
    }

    private void write(InitiativeCard card, String heading, ReaderLanguage reader, ResponseWriter out,
            String contextPath) throws IOException {
        String lang = card.textLanguage().tag();

        out.startElement("article", this);
        out.writeAttribute("class", "card", null);
        out.startElement("div", this);
        out.writeAttribute("class", "card-top", null);
        out.startElement("span", this);
        out.writeAttribute("class", "badge badge-" + card.status().code(), null);
        out.writeText(reader.label(card.status()), null);
        out.endElement("span");
        out.startElement("span", this);
        out.writeAttribute("class", "card-place", null);
        out.writeText(reader.country(card.country()), null);
        if (card.municipality() != null && !card.municipality().isEmpty()) {
            out.writeText(" · " + card.municipality(), null);
        }
        out.endElement("span");
        out.endElement("div");

        out.startElement(heading, this);
        out.writeAttribute("class", "card-title", null);
        out.writeAttribute("lang", lang, null);
        out.startElement("a", this);
        out.writeAttribute("href", contextPath + "/initiatives/"
                + card.id() + "/" + card.slug(), null);
        out.writeText(card.title(), null);
        out.endElement("a");
        out.endElement(heading);

        out.startElement("p", this);
        out.writeAttribute("class", "card-summary", null);
        out.writeAttribute("lang", lang, null);
        if (card.highlight() == null) {
            out.writeText(card.summary() == null ? "" : card.summary(), null);
        } else {
            // escaped by the search index, with <mark> around the matches
            out.write(card.highlight());
        }
        out.endElement("p");

        out.startElement("p", this);
        out.writeAttribute("class", "card-meta", null);
        out.startElement("span", this);
        out.writeText(reader.label(card.level()), null);
        out.endElement("span");
        if (card.fallback()) {
            out.writeText(" · ", null);
            out.startElement("span", this);
            out.writeAttribute("class", "note", null);
            out.writeText(reader.text("card.originalLanguage") + " " + reader.label(card.textLanguage()), null);
            out.endElement("span");
        }
        if (card.replications() > 0) {
            out.writeText(" · ", null);
            out.startElement("span", this);
            out.writeAttribute("class", "card-replications", null);
            out.writeText(reader.format("card.replications", card.replications()), null);
            out.endElement("span");
        }
        out.endElement("p");

        if (card.themes() != null && !card.themes().isEmpty()) {
            out.startElement("ul", this);
            out.writeAttribute("class", "tags", null);
            out.writeAttribute("aria-label", reader.text("initiative.themes"), null);
            for (TermView theme : card.themes()) {
                out.startElement("li", this);
                out.writeText(theme.name(), null);
                out.endElement("li");
            }
            out.endElement("ul");
        }
        out.endElement("article");
    }
}
