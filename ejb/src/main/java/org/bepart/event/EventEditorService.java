package org.bepart.event;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.language.Language;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.news.InstitutionZone;
import org.bepart.news.NewsItem;
import org.bepart.platform.Access;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What editors do with events. Every method requires the editor or administrator role of the caller and records what
 * it changed in the audit trail (subject type {@value #AUDIT_SUBJECT}).
 */
@Stateless
public class EventEditorService {

    public static final String AUDIT_SUBJECT = AuditEntry.EVENT;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail trail;

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
        return EventForm.of(event(id), InstitutionZone.get());
    }

    /** Creates a draft; returns its id. */
    public long create(Long actorId, EventForm form) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        Event event = build(form, now);
        em.persist(event);
        em.flush();
        audit(editor, AuditAction.CREATED, event, null);
        return event.getId();
    }

    /** Saves the form over the event it was loaded from; refuses when somebody changed it since. */
    public int save(Long actorId, EventForm form) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        Event event = current(form.getId(), form.getVersion());
        apply(form, event, now);
        em.flush();
        audit(editor, AuditAction.EDITED, event, null);
        return event.getVersion();
    }

    public int publish(Long actorId, long id, int expectedVersion) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        Event event = current(id, expectedVersion);
        event.publish(now);
        em.flush();
        audit(editor, AuditAction.PUBLISHED, event, null);
        return event.getVersion();
    }

    public int unpublish(Long actorId, long id, int expectedVersion) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        Event event = current(id, expectedVersion);
        event.unpublish(now);
        em.flush();
        audit(editor, AuditAction.UNPUBLISHED, event, null);
        return event.getVersion();
    }

    /** The event as readers would see it in {@code language}, built from the form without saving anything. */
    public EventDetail preview(Long actorId, EventForm form, Language language) {
        editor(actorId);
        return EventService.detail(em, build(form, clock.instant()), language, clock.instant());
    }

    // --- helpers ---

    private Account editor(Long actorId) {
        return Access.actorWithRole(em, actorId, Role.EDITOR, Role.ADMINISTRATOR);
    }

    private Event event(long id) {
        Event event = em.find(Event.class, id);
        if (event == null) {
            throw new NotFoundException("event " + id);
        }
        return event;
    }

    private Event current(Long id, Integer expectedVersion) {
        if (id == null) {
            throw new NotFoundException("event without id");
        }
        Event event = event(id);
        if (expectedVersion == null || event.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("event " + id + " is at version " + event.getVersion()
                    + ", the editor started from " + expectedVersion);
        }
        return event;
    }

    private void audit(Account editor, AuditAction action, Event event, String detail) {
        String title = event.textFor(event.getOriginalLanguage()).text().getTitle();
        trail.record(editor, action, AUDIT_SUBJECT, event.getId(),
                detail == null ? title : title + " — " + detail);
    }

    private Event build(EventForm form, Instant now) {
        Language original = original(form);
        ZoneId zone = InstitutionZone.get();
        Event event = new Event(original, text(form.text(original), true), instant(form.getStart(), zone),
                instant(form.getEnd(), zone), now);
        apply(form, event, now);
        return event;
    }

    private static Language original(EventForm form) {
        if (form.getOriginalLanguage() == null) {
            throw new EventException("event.error.originalRequired", "no original language");
        }
        return form.getOriginalLanguage();
    }

    private void apply(EventForm form, Event event, Instant now) {
        Language original = original(form);
        ZoneId zone = InstitutionZone.get();
        event.write(original, text(form.text(original), true), now);
        event.changeOriginalLanguage(original, now);
        for (Language language : Language.values()) {
            if (language == original) {
                continue;
            }
            EventTextForm text = form.text(language);
            if (text == null || text.isEmpty()) {
                if (event.getTexts().containsKey(language)) {
                    event.removeTranslation(language, now);
                }
            } else {
                event.write(language, text(text, false), now);
            }
        }
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

    private static EventText text(EventTextForm form, boolean original) {
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
