package org.bepart.web.event;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.bepart.audit.AuditRow;
import org.bepart.audit.AuditTrail;
import org.bepart.event.EventDetail;
import org.bepart.event.EventEditorService;
import org.bepart.event.EventForm;
import org.bepart.event.EventStatus;
import org.bepart.event.EventTextForm;
import org.bepart.language.Language;
import org.bepart.news.NewsCard;
import org.bepart.news.NewsService;
import org.bepart.web.editorial.EditPage;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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
public class EventEditPage extends EditPage<EventForm, EventTextForm, EventDetail> {

    private static final long serialVersionUID = 1L;
    static final int NEWS_CHOICES = 30;

    @EJB
    private EventEditorService editor;

    @EJB
    private AuditTrail trail;

    @EJB
    private NewsService news;

    private String start;
    private String end;
    private final Map<Long, Boolean> linked = new HashMap<>();
    private List<NewsCard> newsChoices;
    private List<AuditRow> history;

    public EventEditPage() {
        super("event", "event.edit", "/admin/events/edit");
    }

    @Override
    protected EventEditorService editor() {
        return editor;
    }

    @Override
    protected EventForm load(long id) {
        return editor.load(currentUser.getId(), id);
    }

    @Override
    protected EventForm blank(Language language) {
        return new EventForm(language);
    }

    @Override
    protected void loaded() {
        start = form.getStart() == null ? null : form.getStart().truncatedTo(ChronoUnit.MINUTES).toString();
        end = form.getEnd() == null ? null : form.getEnd().truncatedTo(ChronoUnit.MINUTES).toString();
        form.getNewsIds().forEach(newsId -> linked.put(newsId, true));
        newsChoices = news.latest(reader.getLanguage(), NEWS_CHOICES, null);
        history = form.getId() == null ? List.of()
                : trail.history(currentUser.getId(), EventEditorService.AUDIT_SUBJECT, form.getId());
    }

    @Override
    protected boolean prepare() {
        return copyDates();
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

    // --- for the page ---

    public boolean isPublished() {
        return form.getStatus() == EventStatus.PUBLISHED;
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

    public List<AuditRow> getHistory() {
        return history;
    }
}
