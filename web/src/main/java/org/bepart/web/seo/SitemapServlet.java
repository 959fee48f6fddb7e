package org.bepart.web.seo;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.language.Language;
import org.bepart.sitemap.SitemapService;
import org.bepart.web.PublicUrl;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /sitemap.xml}: a sitemap index of {@code /sitemaps/pages.xml} (the lists), {@code /sitemaps/content.xml} (news
 * items, events, contests, organisations) and {@code /sitemaps/initiatives-N.xml}, each of at most {@value #PER_FILE}
 * initiatives, every address with its versions in the four languages.
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/sitemaps/*"})
public class SitemapServlet extends HttpServlet {

    static final int PER_FILE = 10_000;
    private static final Pattern INITIATIVES = Pattern.compile("/initiatives-([0-9]{1,6})\\.xml");
    private static final String NAMESPACES = "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"";

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private SitemapService sitemap;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = escape(PublicUrl.of(request));
        if ("/sitemap.xml".equals(request.getServletPath())) {
            long files = Math.max(1, (catalogue.countPublic() + PER_FILE - 1) / PER_FILE);
            PrintWriter out = xml(response);
            out.println("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
            out.println("<sitemap><loc>" + base + "/sitemaps/pages.xml</loc></sitemap>");
            out.println("<sitemap><loc>" + base + "/sitemaps/content.xml</loc></sitemap>");
            for (int k = 1; k <= files; k++) {
                out.println("<sitemap><loc>" + base + "/sitemaps/initiatives-" + k + ".xml</loc></sitemap>");
            }
            out.println("</sitemapindex>");
            return;
        }
        String file = request.getPathInfo() == null ? "" : request.getPathInfo();
        if ("/pages.xml".equals(file)) {
            PrintWriter out = xml(response);
            out.println("<urlset " + NAMESPACES + ">");
            for (String path : List.of("/", "/initiatives", "/organisations", "/news", "/events", "/contests",
                    "/statistics", "/map", "/about", "/codebook")) {
                url(out, base + path, null);
            }
            out.println("</urlset>");
            return;
        }
        if ("/content.xml".equals(file)) {
            PrintWriter out = xml(response);
            out.println("<urlset " + NAMESPACES + ">");
            for (SitemapService.Page page : sitemap.content()) {
                url(out, base + page.path(), page.updatedAt() == null ? null
                        : page.updatedAt().toString().substring(0, 10));
            }
            out.println("</urlset>");
            return;
        }
        Matcher matcher = INITIATIVES.matcher(file);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<InitiativeCatalogue.SitemapEntry> entries = catalogue.sitemap(
                (Integer.parseInt(matcher.group(1)) - 1) * PER_FILE, PER_FILE);
        if (entries.isEmpty() && !"1".equals(matcher.group(1))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PrintWriter out = xml(response);
        out.println("<urlset " + NAMESPACES + ">");
        for (InitiativeCatalogue.SitemapEntry entry : entries) {
            url(out, base + "/initiatives/" + entry.id(), entry.updatedAt().toString().substring(0, 10));
        }
        out.println("</urlset>");
    }

    /** One address in each language, each listing all four as alternates. */
    private static void url(PrintWriter out, String address, String lastModified) {
        String separator = address.contains("?") ? "&amp;" : "?";
        for (Language language : Language.values()) {
            out.print("<url><loc>" + address + separator + "lang=" + language.tag() + "</loc>");
            if (lastModified != null) {
                out.print("<lastmod>" + lastModified + "</lastmod>");
            }
            for (Language alternate : Language.values()) {
                out.print("<xhtml:link rel=\"alternate\" hreflang=\"" + alternate.tag() + "\" href=\"" + address
                        + separator + "lang=" + alternate.tag() + "\"/>");
            }
            out.println("</url>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static PrintWriter xml(HttpServletResponse response) throws IOException {
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return out;
    }
}
