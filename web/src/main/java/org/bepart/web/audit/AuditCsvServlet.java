package org.bepart.web.audit;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.audit.AuditFilter;
import org.bepart.audit.AuditRow;
import org.bepart.audit.AuditTrail;
import org.bepart.platform.DatabaseOutage;
import org.bepart.platform.ExportSlots;
import org.bepart.shared.AccessDeniedException;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /admin/audit.csv}: the audit trail with the filters of {@code /admin/audit}, newest first, as CSV in UTF-8.
 * Streamed batch by batch (each read in a short transaction), at most {@link AuditTrail#EXPORT_MAX} rows (the header
 * {@value #OMITTED} tells how many older ones were left out), a few exports at a time over all servers
 * ({@link ExportSlots}: one more is answered 503 with {@code Retry-After}). Cells a spreadsheet would run as formulas
 * are defused ({@link Csv}). Filters that mean nothing are answered 400 with a translated message.
 */
@WebServlet(urlPatterns = AuditCsvServlet.PATH)
public class AuditCsvServlet extends HttpServlet {

    static final String PATH = "/admin/audit.csv";
    static final String OMITTED = "X-Audit-Rows-Omitted";
    static final int BATCH = 500;
    private static final long serialVersionUID = 1L;
    private static final List<String> HEADER = List.of("at", "actor_id", "actor", "action", "subject_type",
            "subject_id", "detail");

    @EJB
    private AuditTrail trail;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private ExportSlots slots;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentUser.isEditor()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "editors and administrators only");
            return;
        }
        AuditQuery query = AuditQuery.of(request::getParameter);
        String error = query.error();
        if (error != null) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, reader.text(error));
            return;
        }
        AuditFilter filter = query.filter();
        Long actor = currentUser.getId();
        long total;
        try {
            total = trail.count(actor, filter);
        } catch (RuntimeException e) {
            fail(response, e);
            return;
        }
        ExportSlots.Slot slot = slots.take().orElse(null);
        if (slot == null) {
            response.setHeader("Retry-After", "60");
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, reader.text("audit.export.busy"));
            return;
        }
        try (slot) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"bepart-audit-"
                    + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader(OMITTED, Long.toString(Math.max(0, total - AuditTrail.EXPORT_MAX)));
            Writer out = response.getWriter();
            out.write('\uFEFF'); // spreadsheets read the file as UTF-8
            out.write(Csv.line(HEADER));
            AuditRow last = null;
            int written = 0;
            while (written < AuditTrail.EXPORT_MAX) {
                List<AuditRow> batch = trail.batch(actor, filter, last,
                        Math.min(BATCH, AuditTrail.EXPORT_MAX - written));
                for (AuditRow row : batch) {
                    out.write(Csv.line(Arrays.asList(row.at(), row.actorId(), row.actorName(), row.action(),
                            row.subjectType(), row.subjectId(), row.detail())));
                }
                written += batch.size();
                if (batch.size() < BATCH) {
                    break;
                }
                last = batch.get(batch.size() - 1);
            }
            out.flush();
        }
    }

    private void fail(HttpServletResponse response, RuntimeException e) throws IOException {
        if (causedBy(e, AccessDeniedException.class)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "not allowed");
        } else if (DatabaseOutage.isCause(e)) {
            response.setHeader("Retry-After", "30");
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, reader.text(Messages.keyOf(e)));
        } else {
            throw e;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
