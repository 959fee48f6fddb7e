package org.bepart.event;

import jakarta.ejb.Stateless;
import org.bepart.account.Account;
import org.bepart.language.Language;
import org.bepart.platform.PublicPart;
import org.bepart.audit.AuditEntry;
import org.bepart.editorial.EditorialService;
import org.bepart.time.InstitutionZone;
import org.bepart.news.NewsItem;
import org.bepart.shared.NotFoundException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What editors do with events. Every method requires the editor or administrator role of the caller and records what
 * it changed in the audit trail (subject type {@value #AUDIT_SUBJECT}).
 */
@Stateless
public class EventEditorService extends EditorialService<Event, EventText, EventForm, EventTextForm, EventDetail> {

    public static final String AUDIT_SUBJECT = AuditEntry.EVENT;

    public EventEditorService() {
        super(Event.class, "event", AUDIT_SUBJECT, PublicPart.EVENTS);
    }

    /** Every event, the latest start first. */
    public List<EventRow> list(Long actorId, Language language) {
        editor(actorId);
        return em.createNamedQuery(Event.FIND_ALL, Event.class).getResultList().stream()
                .map(e -> new EventRow(e.getId(), e.textFor(language).text().getTitle(), e.getStatus(),
                        e.getStartsAt(), e.getEndsAt(), List.copyOf(e.getLanguages()), e.getUpdatedAt()))
                .toList();
    }

    public EventForm load(Long actorId, long id) {
        editor(actorId);
        return EventForm.of(item(id), InstitutionZone.get());
    }

    @Override
    protected boolean isPublic(Event event, Instant now) {
        return event.isPublished();
    }

    @Override
    protected EventDetail shown(Event unsaved, EventForm form, Account editor, Language language, Instant now) {
        return EventService.detail(em, unsaved, language, now);
    }

    // --- helpers ---

    @Override
    protected Event build(EventForm form, Account editor, Instant now) {
        Language original = original(form);
        ZoneId zone = InstitutionZone.get();
        Event event = new Event(original, text(form.text(original), true), instant(form.getStart(), zone),
                instant(form.getEnd(), zone), now);
        apply(form, event, now);
        return event;
    }

    @Override
    protected void apply(EventForm form, Event event, Instant now) {
        writeTexts(form, event, now);
        ZoneId zone = InstitutionZone.get();
        event.reschedule(instant(form.getStart(), zone), instant(form.getEnd(), zone), now);
        event.locate(form.getPlace(), form.getOnlineUrl(), now);
        for (Long newsId : form.getNewsIds()) {
            if (newsId != null && em.find(NewsItem.class, newsId) == null) {
                throw new NotFoundException("news item " + newsId);
            }
        }
        event.linkNews(form.getNewsIds(), now);
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    @Override
    protected EventText text(EventTextForm form, boolean original) {
        if (form == null || form.getTitle() == null || form.getTitle().isBlank()) {
            throw new EventException(original ? "event.error.titleRequired" : "event.error.translationTitleRequired",
                    "a text without title");
        }
        if (form.getTitle().strip().length() > EventText.TITLE_MAX || form.getDescription() != null
                && form.getDescription().strip().length() > EventText.DESCRIPTION_MAX) {
            throw new EventException("event.error.tooLong", "title or description too long");
        }
        return new EventText(form.getTitle(), form.getDescription());
    }
}
