package org.bepart.event;

import org.bepart.editorial.EditorialForm;
import org.bepart.language.Language;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's form of an event: texts per language, start and end as local times of the institution's time zone,
 * place, online link and linked news. {@code id} is null for a new event; {@code version} is the one the editor
 * started from (optimistic locking).
 */
public class EventForm implements EditorialForm<EventTextForm>, Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Integer version;
    private EventStatus status = EventStatus.DRAFT;
    private Language originalLanguage;
    private final Map<Language, EventTextForm> texts = new EnumMap<>(Language.class);
    private LocalDateTime start;
    private LocalDateTime end;
    private String place;
    private String onlineUrl;
    private List<Long> newsIds = new ArrayList<>();

    public EventForm(Language language) {
        this.originalLanguage = language;
        for (Language l : Language.values()) {
            texts.put(l, new EventTextForm());
        }
    }

    static EventForm of(Event event, ZoneId zone) {
        EventForm form = new EventForm(event.getOriginalLanguage());
        form.id = event.getId();
        form.version = event.getVersion();
        form.status = event.getStatus();
        event.getTexts().forEach((language, text) -> form.texts.put(language,
                new EventTextForm(text.getTitle(), text.getDescription())));
        form.start = LocalDateTime.ofInstant(event.getStartsAt(), zone);
        form.end = LocalDateTime.ofInstant(event.getEndsAt(), zone);
        form.place = event.getPlace();
        form.onlineUrl = event.getOnlineUrl();
        form.newsIds = new ArrayList<>(event.getNewsIds());
        return form;
    }

    public EventTextForm text(Language language) {
        return texts.get(language);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public EventStatus getStatus() {
        return status;
    }

    public Language getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(Language originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public List<Long> getNewsIds() {
        return newsIds;
    }

    public void setNewsIds(List<Long> newsIds) {
        this.newsIds = newsIds == null ? new ArrayList<>() : new ArrayList<>(newsIds);
    }
}
