package org.bepart.web.searchadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.search.IndexMaintenance;
import org.bepart.web.faces.Messages;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;

/** /admin/search: how the search index compares with the database; a rebuild runs in the background. */
@Named
@ViewScoped
public class SearchAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient IndexMaintenance maintenance;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private IndexMaintenance.Status status;
    private Instant startedAt;

    /** View action: administrators only (reviewers pass the /admin/* constraint). */
    public void load() throws IOException {
        if (!currentUser.isAdministrator()) {
            Faces.responseSendError(403, "administrators only");
            return;
        }
        refresh();
    }

    /** Reads the state again (the page polls while a rebuild runs). */
    public void refresh() {
        status = maintenance.status(currentUser.getId());
        if (startedAt != null && !status.running() && status.lastRebuild() != null
                && !status.lastRebuild().isBefore(startedAt)) {
            startedAt = null;
        }
    }

    /** Whether the page should keep polling: a rebuild runs, or the one started here has not finished yet. */
    public boolean isWatching() {
        return status != null && (status.running() || startedAt != null);
    }

    /** Polling goes on while either background job runs. */
    public boolean isPolling() {
        return isWatching() || status != null && status.related().running();
    }

    public void rebuild() {
        try {
            startedAt = Instant.now();
            maintenance.rebuild(currentUser.getId());
            messages.info("searchAdmin.started");
        } catch (RuntimeException e) {
            startedAt = null;
            messages.failure(e);
        }
        refresh();
    }

    public IndexMaintenance.Status getStatus() {
        return status;
    }
}
