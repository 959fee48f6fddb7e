package org.bepart.web.event;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.event.EventEditorService;
import org.bepart.event.EventRow;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;

import java.util.List;

/** Backs {@code admin/events.xhtml}: the editors' list of events. */
@Named
@RequestScoped
public class EventsAdminPage {

    @EJB
    private EventEditorService editor;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderLanguage reader;

    private List<EventRow> rows;

    @PostConstruct
    void load() {
        rows = editor.list(currentUser.getId(), reader.getLanguage());
    }

    public List<EventRow> getRows() {
        return rows;
    }
}
