package org.bepart.web.event;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.event.EventDetail;
import org.bepart.event.EventEditorService;
import org.bepart.event.EventForm;
import org.bepart.event.EventStatus;
import org.bepart.event.EventTextForm;
import org.bepart.language.Language;
import org.bepart.audit.AuditRow;
import org.bepart.audit.AuditTrail;
import org.bepart.news.NewsCard;
import org.bepart.news.NewsService;
import org.bepart.web.faces.Messages;
import org.bepart.web.i18n.ReaderLanguage;
import org.bepart.web.security.CurrentUser;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code admin/events/edit.xhtml}: an event's texts in one or more languages (one language shown at a time, the
 * others kept), start and end in the institution's time zone, place, online link, linked news; preview; publish and
 * unpublish. On any failure the form keeps everything typed.
 */
@Named
@ViewScoped
public class EventEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int NEWS_CHOICES = 30;

    @EJB
    private EventEditorService editor;

    @EJB
    private AuditTrail trail;

    @EJB
    private NewsService news;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderLanguage reader;

    @Inject
    private Messages messages;

    private String id;
    private EventForm form;
    private Language editing;
    private String start;
    private String end;
    private final Map<Long, Boolean> linked = new HashMap<>();
    private List<NewsCard> newsChoices;
    private EventDetail preview;
    private List<AuditRow> history;

    /** View action: the event of {@code id}, or a blank form in the reader's language. */
    public void load() throws IOException {
        if (id != null && !id.isBlank()) {
            if (!id.matches("[0-9]{1,18}")) {
                Faces.responseSendError(404, "no such event");
                return;
            }
            try {
                form = editor.load(currentUser.getId(), Long.parseLong(id));
            } catch (RuntimeException e) {
                if ("error.notFound".equals(Messages.keyOf(e))) {
                    Faces.responseSendError(404, "no such event");
                    return;
                }
                throw e;
            }
        } else {
            form = new EventForm(reader.getLanguage());
        }
        editing = form.getOriginalLanguage();
        start = form.getStart() == null ? null : form.getStart().truncatedTo(ChronoUnit.MINUTES).toString();
        end = form.getEnd() == null ? null : form.getEnd().truncatedTo(ChronoUnit.MINUTES).toString();
        form.getNewsIds().forEach(newsId -> linked.put(newsId, true));
        newsChoices = news.latest(reader.getLanguage(), NEWS_CHOICES, null);
        history = form.getId() == null ? List.of() : history();
    }

    private List<AuditRow> history() {
        return trail.history(currentUser.getId(), EventEditorService.AUDIT_SUBJECT, form.getId());
    }

    public void edit(Language language) {
        editing = language;
        preview = null;
    }

    public String save() {
        try {
            boolean created = form.getId() == null;
            if (!copyDates()) {
                return null;
            }
            store();
            messages.info(created ? "event.edit.created" : "event.edit.saved");
            return reopen();
        } catch (RuntimeException e) {
            messages.failure(e);
            return null;
        }
    }

    public String publish() {
        try {
            if (!copyDates()) {
                return null;
            }
            int version = store();
            editor.publish(currentUser.getId(), form.getId(), version);
            messages.info("event.edit.published");
            return reopen();
        } catch (RuntimeException e) {
            messages.failure(e);
            return null;
        }
    }

    public String unpublish() {
        try {
            editor.unpublish(currentUser.getId(), form.getId(), form.getVersion());
            messages.info("event.edit.unpublished");
            return reopen();
        } catch (RuntimeException e) {
            messages.failure(e);
            return null;
        }
    }

    public void preview() {
        try {
            if (copyDates()) {
                preview = editor.preview(currentUser.getId(), form, editing);
            }
        } catch (RuntimeException e) {
            preview = null;
            messages.failure(e);
        }
    }

    /** Puts the typed dates and the chosen news into the form; false (with a message) when a date is unreadable. */
    private boolean copyDates() {
        LocalDateTime from = parse(start);
        LocalDateTime to = parse(end);
        boolean ok = true;
        if (start != null && !start.isBlank() && from == null) {
            messages.errorFor("event:start", "event.error.dateInvalid");
            ok = false;
        }
        if (end != null && !end.isBlank() && to == null) {
            messages.errorFor("event:end", "event.error.dateInvalid");
            ok = false;
        }
        form.setStart(from);
        form.setEnd(to);
        form.setNewsIds(linked.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList());
        return ok;
    }

    private static LocalDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private int store() {
        if (form.getId() == null) {
            long newId = editor.create(currentUser.getId(), form);
            form.setId(newId);
            int version = editor.load(currentUser.getId(), newId).getVersion();
            form.setVersion(version);
            return version;
        }
        int version = editor.save(currentUser.getId(), form);
        form.setVersion(version);
        return version;
    }

    private String reopen() {
        messages.keepForRedirect();
        return "/admin/events/edit?faces-redirect=true&id=" + form.getId();
    }

    // --- for the page ---

    public EventTextForm getText() {
        return form.text(editing);
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public boolean written(Language language) {
        return !form.text(language).isEmpty();
    }

    public boolean isNew() {
        return form.getId() == null;
    }

    public boolean isPublished() {
        return form.getStatus() == EventStatus.PUBLISHED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public EventForm getForm() {
        return form;
    }

    public Language getEditing() {
        return editing;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public Map<Long, Boolean> getLinked() {
        return linked;
    }

    public List<NewsCard> getNewsChoices() {
        return newsChoices;
    }

    public EventDetail getPreview() {
        return preview;
    }

    public List<AuditRow> getHistory() {
        return history;
    }
}
