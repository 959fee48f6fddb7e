package org.bepart.web.initiative;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.abuse.BusyException;
import org.bepart.language.Language;
import org.bepart.sheet.InitiativeSheets;
import org.bepart.web.PublicUrl;
import org.bepart.web.i18n.ReaderLanguage;

import java.io.IOException;
import java.util.Optional;

/**
 * The printable PDF sheet of a public initiative ({@code ?id=}, reached as {@code /initiatives/{id}.pdf}) in the
 * reader's language. Unknown, hidden and malformed ids get the 404 the initiative page gives. The ETag names the
 * initiative's version and the language, so a reader who has the sheet gets 304 without a new one being made; when
 * too many sheets are being made the answer is 503 with {@code Retry-After}.
 */
@WebServlet(urlPatterns = InitiativeSheetServlet.PATH)
public class InitiativeSheetServlet extends HttpServlet {

    static final String PATH = "/initiative-sheet";
    private static final long serialVersionUID = 1L;

    @EJB
    private InitiativeSheets sheets;

    @Inject
    private ReaderLanguage reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Optional<Integer> version = id != null && id.matches("[0-9]{1,18}")
                ? sheets.version(Long.parseLong(id)) : Optional.empty();
        if (version.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such initiative");
            return;
        }
        Language language = reader.getLanguage();
        String etag = "\"sheet-" + id + "-" + version.get() + "-" + language.tag() + "\"";
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<InitiativeSheets.Sheet> sheet;
        try {
            sheet = sheets.sheet(Long.parseLong(id), language, PublicUrl.of(request));
        } catch (BusyException e) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Retry-After", Long.toString(e.getRetryAfterSeconds()));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "too many sheets are being made");
            return;
        }
        if (sheet.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such initiative");
            return;
        }
        byte[] pdf = sheet.get().pdf();
        // Binary content has no character set (the application's default UTF-8 would otherwise be appended).
        response.setCharacterEncoding((String) null);
        response.setContentType("application/pdf");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline; filename=\"bepart-initiative-" + id + "-"
                + language.tag() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
