package org.bepart.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.editorial.Editorial;
import org.bepart.language.Language;
import org.bepart.shared.Require;
import org.bepart.translation.ShownText;
import org.bepart.translation.TranslatedTexts;
import org.bepart.shared.WebAddressValidator;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event of the calendar: texts in the original language with optional translations, when it starts and ends,
 * where it takes place (a place, an online link or both), the news items about it, and whether readers see it.
 */
@Entity
@Table(name = "calendar_event")
@NamedQuery(name = Event.COUNT_PHASE_CHANGES_BETWEEN, query = "SELECT COUNT(e) FROM Event e "
        + "WHERE e.status = :status AND (e.startsAt > :after AND e.startsAt <= :until "
        + "OR e.endsAt > :after AND e.endsAt <= :until)")
@NamedQuery(name = Event.FIND_UPCOMING, query = "SELECT e FROM Event e WHERE e.status = :status AND e.endsAt > :now "
        + "ORDER BY e.startsAt, e.id", hints = @QueryHint(name = QueryHints.READ_ONLY, value = "true"))
@NamedQuery(name = Event.FIND_ALL, query = "SELECT e FROM Event e ORDER BY e.startsAt DESC, e.id DESC")
public class Event implements Editorial<EventText> {

    public static final String FIND_ALL = "Event.findAll";
    /** Events in {@code :status} not over by {@code :now}, the soonest first; read only. */
    public static final String FIND_UPCOMING = "Event.findUpcoming";
    /** Events in {@code :status} that began or ended in ({@code :after}, {@code :until}]. */
    public static final String COUNT_PHASE_CHANGES_BETWEEN = "Event.countPhaseChangesBetween";
    public static final int PLACE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int NEWS_MAX = 10;

    @Id
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    private Long id;

    @Version
    private int version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventStatus status;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "original_language", nullable = false, length = 2)
    private Language originalLanguage;

    @Valid
    @ElementCollection
    @CollectionTable(name = "event_text", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "language", length = 2)
    @BatchFetch(BatchFetchType.IN)
    private Map<Language, EventText> texts = new EnumMap<>(Language.class);

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Size(max = PLACE_MAX)
    @Column(length = PLACE_MAX)
    private String place;

    @Size(max = LINK_MAX)
    @Column(name = "online_url", length = LINK_MAX)
    private String onlineUrl;

    @ElementCollection
    @CollectionTable(name = "event_news", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    @Column(name = "news_id", nullable = false)
    private List<Long> newsIds = new ArrayList<>();

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Event() {
    }

    /** A new draft written in {@code originalLanguage}, from {@code startsAt} to {@code endsAt}. */
    public Event(Language originalLanguage, EventText original, Instant startsAt, Instant endsAt, Instant now) {
        this.originalLanguage = Require.notNull(originalLanguage, "original language");
        this.texts.put(originalLanguage, Require.notNull(original, "original text"));
        this.status = EventStatus.DRAFT;
        this.createdAt = Require.notNull(now, "now");
        this.updatedAt = now;
        reschedule(startsAt, endsAt, now);
    }

    // --- when and where ---

    /** Moves the event; it must end after it starts. */
    public void reschedule(Instant startsAt, Instant endsAt, Instant now) {
        checkDates(startsAt, endsAt);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.updatedAt = Require.notNull(now, "now");
    }

    /** Refuses a missing start or end, and an end that is not after the start. */
    public static void checkDates(Instant startsAt, Instant endsAt) {
        if (startsAt == null || endsAt == null) {
            throw new EventException("event.error.datesRequired", "start and end are required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new EventException("event.error.endBeforeStart", "end " + endsAt + " is not after " + startsAt);
        }
    }

    /** The place (address or room) and the online link (http or https); at least one of them. */
    public void locate(String place, String onlineUrl, Instant now) {
        String cleanPlace = place == null || place.isBlank() ? null : place.strip();
        String cleanUrl = onlineUrl == null || onlineUrl.isBlank() ? null : onlineUrl.strip();
        if (cleanPlace == null && cleanUrl == null) {
            throw new EventException("event.error.whereRequired", "neither a place nor an online link");
        }
        if (cleanPlace != null && cleanPlace.length() > PLACE_MAX) {
            throw new EventException("event.error.tooLong", "place longer than " + PLACE_MAX);
        }
        if (cleanUrl != null && !isWebLink(cleanUrl)) {
            throw new EventException("event.error.onlineUrl", "not an http(s) link: " + cleanUrl);
        }
        this.place = cleanPlace;
        this.onlineUrl = cleanUrl;
        this.updatedAt = Require.notNull(now, "now");
    }

    /** Whether {@code link} is an absolute http or https address with a host, and nothing else. */
    public static boolean isWebLink(String link) {
        return WebAddressValidator.isValid(link, LINK_MAX);
    }

    /** The linked news items, in the given order, without duplicates. */
    public void linkNews(Collection<Long> ids, Instant now) {
        Set<Long> unique = new LinkedHashSet<>(ids == null ? List.of() : ids);
        unique.remove(null);
        if (unique.size() > NEWS_MAX) {
            throw new EventException("event.error.tooManyNews", unique.size() + " news items");
        }
        newsIds.clear();
        newsIds.addAll(unique);
        this.updatedAt = Require.notNull(now, "now");
    }

    // --- publication ---

    public void publish(Instant now) {
        if (status == EventStatus.PUBLISHED) {
            throw new EventException("event.error.alreadyPublished", "event " + id + " is published");
        }
        status = EventStatus.PUBLISHED;
        updatedAt = Require.notNull(now, "now");
    }

    public void unpublish(Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw new EventException("event.error.notPublished", "event " + id + " is a draft");
        }
        status = EventStatus.DRAFT;
        updatedAt = Require.notNull(now, "now");
    }

    public boolean isPublished() {
        return status == EventStatus.PUBLISHED;
    }

    /** Whether the event is over at {@code now}. */
    public boolean isPastAt(Instant now) {
        return !endsAt.isAfter(now);
    }

    // --- texts ---

    public void write(Language language, EventText text, Instant now) {
        translations().write(language, text);
        this.updatedAt = Require.notNull(now, "now");
    }

    public void removeTranslation(Language language, Instant now) {
        translations().remove(language);
        this.updatedAt = Require.notNull(now, "now");
    }

    public void changeOriginalLanguage(Language language, Instant now) {
        this.originalLanguage = translations().newOriginal(language);
        this.updatedAt = Require.notNull(now, "now");
    }

    public TranslatedTexts<EventText> translations() {
        return new TranslatedTexts<>(originalLanguage, texts, EventText::getTitle);
    }

    public ShownText<EventText> textFor(Language language) {
        return translations().shownIn(language);
    }

    public String slug(Language language) {
        return translations().slug(language);
    }

    /** The languages it is written in, the original first. */
    public Set<Language> getLanguages() {
        return translations().languages();
    }

    // --- accessors ---

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public EventStatus getStatus() {
        return status;
    }

    public Language getOriginalLanguage() {
        return originalLanguage;
    }

    public Map<Language, EventText> getTexts() {
        return Collections.unmodifiableMap(texts);
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public List<Long> getNewsIds() {
        return Collections.unmodifiableList(newsIds);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
