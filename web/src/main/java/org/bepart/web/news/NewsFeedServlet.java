package org.bepart.web.news;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.language.Language;
import org.bepart.news.NewsCategory;
import org.bepart.news.NewsDetail;
import org.bepart.news.NewsService;
import org.bepart.web.PublicUrl;
import org.bepart.web.i18n.ReaderLanguage;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * RSS 2.0 ({@code /news/feed.rss}) and Atom ({@code /news/feed.atom}) feeds of the newest news items in the language of
 * {@code lang} (items without a text in it come in their original language), optionally of one {@code category}
 * (news, announcement, contest, event, press-release).
 */
@WebServlet(urlPatterns = {NewsFeedServlet.RSS, NewsFeedServlet.ATOM})
public class NewsFeedServlet extends HttpServlet {

    static final String RSS = "/news/feed.rss";
    static final String ATOM = "/news/feed.atom";
    static final int ENTRIES = 20;
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    @EJB
    private NewsService news;

    @Inject
    private ReaderLanguage reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String categoryCode = request.getParameter("category");
        Optional<NewsCategory> category = NewsCategory.fromCode(categoryCode);
        if (categoryCode != null && !categoryCode.isBlank() && category.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = reader.getLanguage();
        List<NewsDetail> items = news.feed(language, category.orElse(null), ENTRIES);
        String base = PublicUrl.of(request);
        String query = "?lang=" + language.tag() + category.map(c -> "&category=" + c.code()).orElse("");
        Feed feed = new Feed(reader.format("news.feed.title", category.map(reader::label)
                .orElse(reader.text("news.title"))), reader.text("news.feed.description"), base + "/news" + query,
                base + request.getServletPath() + query, language, items, base);
        boolean rss = RSS.equals(request.getServletPath());
        response.setContentType(rss ? "application/rss+xml;charset=UTF-8" : "application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        try {
            // Written whole, then sent: a flush would send the headers before the filters have added theirs.
            java.io.StringWriter out = new java.io.StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            if (rss) {
                rss(xml, feed);
            } else {
                atom(xml, feed);
            }
            xml.flush();
            response.getWriter().write(out.toString());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private record Feed(String title, String description, String page, String self, Language language,
                        List<NewsDetail> items, String base) {

        String link(NewsDetail item) {
            return base + item.card().path() + "?lang=" + language.tag();
        }

        Instant updated() {
            return items.stream().map(NewsDetail::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        }
    }

    private void rss(XMLStreamWriter xml, Feed feed) throws XMLStreamException {
        DateTimeFormatter rfc822 = DateTimeFormatter.RFC_1123_DATE_TIME;
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("atom", ATOM_NS);
        xml.writeStartElement("channel");
        element(xml, "title", feed.title());
        element(xml, "link", feed.page());
        element(xml, "description", feed.description());
        element(xml, "language", feed.language().tag());
        element(xml, "lastBuildDate", rfc822.format(feed.updated().atOffset(ZoneOffset.UTC)));
        xml.writeEmptyElement("atom", "link", ATOM_NS);
        xml.writeAttribute("href", feed.self());
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("type", "application/rss+xml");
        for (NewsDetail item : feed.items()) {
            xml.writeStartElement("item");
            element(xml, "title", item.card().title());
            element(xml, "link", feed.link(item));
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(feed.link(item));
            xml.writeEndElement();
            element(xml, "pubDate", rfc822.format(item.card().publishAt().atOffset(ZoneOffset.UTC)));
            element(xml, "category", reader.label(item.card().category()));
            for (String tag : item.tags()) {
                element(xml, "category", tag);
            }
            element(xml, "description", item.body() == null ? item.card().teaser() : item.body());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void atom(XMLStreamWriter xml, Feed feed) throws XMLStreamException {
        DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT;
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        xml.writeAttribute("xml:lang", feed.language().tag());
        element(xml, "title", feed.title());
        element(xml, "subtitle", feed.description());
        element(xml, "id", feed.self());
        element(xml, "updated", iso.format(feed.updated()));
        link(xml, "self", "application/atom+xml", feed.self());
        link(xml, "alternate", "text/html", feed.page());
        xml.writeStartElement("author");
        element(xml, "name", "BePART");
        xml.writeEndElement();
        for (NewsDetail item : feed.items()) {
            xml.writeStartElement("entry");
            xml.writeStartElement("title");
            xml.writeAttribute("xml:lang", item.card().language().tag());
            xml.writeCharacters(item.card().title());
            xml.writeEndElement();
            element(xml, "id", feed.base() + "/news/" + item.card().id());
            link(xml, "alternate", "text/html", feed.link(item));
            element(xml, "published", iso.format(item.card().publishAt()));
            element(xml, "updated", iso.format(item.updatedAt().isBefore(item.card().publishAt())
                    ? item.card().publishAt() : item.updatedAt()));
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", item.card().category().code());
            xml.writeAttribute("label", reader.label(item.card().category()));
            element(xml, "summary", item.card().teaser());
            if (item.body() != null) {
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(item.body());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** The feed addresses for a page head: RSS and Atom in the reader's language. */
    static String address(String contextPath, boolean rss, Language language, NewsCategory category) {
        return contextPath + (rss ? RSS : ATOM) + "?lang=" + language.tag()
                + (category == null ? "" : "&category=" + category.code());
    }
}
