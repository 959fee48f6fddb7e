package org.bepart.web.importing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.bepart.importing.ImportException;
import org.bepart.importing.ImportLine;
import org.bepart.importing.ImportMode;
import org.bepart.importing.ImportReader;
import org.bepart.importing.ImportReport;
import org.bepart.importing.ImportService;
import org.bepart.organisation.OrganisationSummary;
import org.bepart.shared.NotFoundException;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code admin/import.xhtml}: upload and dry run of a file, the report, the options and the start of the import,
 * its progress (polled while it runs) and the recent imports. {@code ?id=} shows one import.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MEGABYTE = 1024 * 1024;

    @EJB
    private transient ImportService imports;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient ReaderLanguage reader;

    private transient Part file;
    private Long id;
    private ImportReport report;
    private List<ImportReport> recent;
    private List<OrganisationSummary> organisations;
    private ImportMode mode = ImportMode.VALIDATED;
    private Long organisationId;
    private String note;

    /** View action: administrators only (reviewers pass the /admin/* constraint). */
    public void load() throws IOException {
        if (!currentUser.isAdministrator()) {
            Faces.responseSendError(403, "administrators only");
            return;
        }
        if (id != null) {
            try {
                report = imports.report(currentUser.getId(), id);
            } catch (RuntimeException e) {
                if (!Messages.isRefusal(e, NotFoundException.class)) {
                    throw e;
                }
                messages.error("import.notFound");
            }
        }
        recent = imports.recent(currentUser.getId());
    }

    /** The dry run of the uploaded file. */
    public void check() {
        if (file == null || file.getSize() == 0) {
            messages.errorFor("upload:file", "import.noFile");
            return;
        }
        if (file.getSize() > ImportReader.MAX_BYTES) {
            messages.errorFor("upload:file", "import.error.tooLarge", ImportReader.MAX_BYTES / MEGABYTE);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = imports.check(currentUser.getId(), file.getSubmittedFileName(),
                    in.readNBytes(ImportReader.MAX_BYTES + 1));
            id = report.id();
            messages.info("import.checked", report.rowsTotal(), report.rowsValid());
        } catch (IOException e) {
            messages.failure(new UncheckedIOException(e));
        } catch (RuntimeException e) {
            refused(e);
        }
        recent = imports.recent(currentUser.getId());
    }

    /** Starts the import of the report's file with the options chosen. */
    public void start() {
        if (report == null) {
            return;
        }
        try {
            report = imports.start(currentUser.getId(), report.id(), mode, organisationId, note);
            messages.info("import.started");
        } catch (RuntimeException e) {
            refused(e);
        }
        refresh();
    }

    /** Reads the import again (the page polls while it runs). */
    public void refresh() {
        if (report != null) {
            report = imports.report(currentUser.getId(), report.id());
        }
        recent = imports.recent(currentUser.getId());
    }

    private void refused(RuntimeException e) {
        Optional<ImportException> refusal = Messages.refusal(e, ImportException.class);
        if (refusal.isPresent() && refusal.get().getArgument() != null) {
            messages.error(refusal.get().getMessageKey(), refusal.get().getArgument());
        } else {
            messages.failure(e);
        }
    }

    /** Whether the page polls: the import shown runs. */
    public boolean isPolling() {
        return report != null && report.running();
    }

    /** The translated message of a line of the report. */
    public String message(ImportLine line) {
        return line.argument() == null ? reader.text(line.messageKey())
                : reader.format(line.messageKey(), line.argument());
    }

    public List<ImportMode> getModes() {
        return List.of(ImportMode.values());
    }

    /** The organisations drafts may belong to, read once per view. */
    public List<OrganisationSummary> getOrganisations() {
        if (organisations == null) {
            organisations = imports.organisations(currentUser.getId());
        }
        return organisations;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ImportReport getReport() {
        return report;
    }

    public List<ImportReport> getRecent() {
        return recent;
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
