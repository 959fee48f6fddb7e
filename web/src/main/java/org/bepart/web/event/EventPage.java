package org.bepart.web.event;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.event.EventDetail;
import org.bepart.event.EventService;
import org.bepart.web.i18n.ReaderLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** Backs {@code event.xhtml}: one published event at {@code /events/{id}/{slug}}. */
@Named
@RequestScoped
public class EventPage {

    @EJB
    private EventService events;

    @Inject
    private ReaderLanguage reader;

    private String id;
    private EventDetail event;

    /** View action: loads the event, or answers 404 for an unknown, draft or malformed id. */
    public void load() throws IOException {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such event");
            return;
        }
        event = events.find(Long.parseLong(id), reader.getLanguage()).orElse(null);
        if (event == null) {
            Faces.responseSendError(404, "no such event");
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public EventDetail getEvent() {
        return event;
    }
}
