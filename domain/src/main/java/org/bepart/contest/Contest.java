package org.bepart.contest;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.editorial.Editorial;
import org.bepart.language.Language;
import org.bepart.shared.EmailAddressValidator;
import org.bepart.shared.Require;
import org.bepart.translation.TranslatedTexts;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A contest: texts in an original language with optional translations, the age range of participants, the categories
 * of work it takes, when it opens and closes, the limits of what participants send, and whether its winners are
 * announced. {@link #admit} holds the rules an entry must meet.
 */
@Entity
@Table(name = "contest")
@NamedQuery(name = Contest.COUNT_PHASE_CHANGES_BETWEEN, query = "SELECT COUNT(c) FROM Contest c "
        + "WHERE c.status = :status AND (c.opensAt > :after AND c.opensAt <= :until "
        + "OR c.closesAt > :after AND c.closesAt <= :until)")
@NamedQuery(name = Contest.FIND_ALL, query = "SELECT c FROM Contest c ORDER BY c.closesAt DESC, c.id DESC")
@NamedQuery(name = Contest.FIND_PUBLISHED, query = "SELECT c FROM Contest c WHERE c.status = :status "
        + "ORDER BY c.closesAt, c.id")
public class Contest implements Editorial<ContestText> {

    public static final String FIND_ALL = "Contest.findAll";
    /** Contests in {@code :status} that opened or closed in ({@code :after}, {@code :until}]. */
    public static final String COUNT_PHASE_CHANGES_BETWEEN = "Contest.countPhaseChangesBetween";
    public static final String FIND_PUBLISHED = "Contest.findPublished";
    public static final int ADULT_AGE = 18;
    public static final int AGE_MIN = 3;
    public static final int AGE_MAX = 120;
    public static final int HOSTS_MAX = 300;
    /** Dot-separated labels of letters, digits and inner hyphens; possessive, so linear in the length. */
    private static final java.util.regex.Pattern HOST_NAME =
            java.util.regex.Pattern.compile("(?!-)[a-z0-9-]++(?<!-)(?:\\.(?!-)[a-z0-9-]++(?<!-))++");
    public static final long DEFAULT_MAX_IMAGE_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_MAX_VIDEO_BYTES = 50L * 1024 * 1024;
    public static final String DEFAULT_VIDEO_HOSTS = "youtube.com, youtu.be, vimeo.com";

    @Id
    @SequenceGenerator(name = "contest_seq", sequenceName = "contest_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_seq")
    private Long id;

    @Version
    private int version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContestStatus status;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "original_language", nullable = false, length = 2)
    private Language originalLanguage;

    @Valid
    @ElementCollection
    @CollectionTable(name = "contest_text", joinColumns = @JoinColumn(name = "contest_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "language", length = 2)
    @BatchFetch(BatchFetchType.IN)
    private Map<Language, ContestText> texts = new EnumMap<>(Language.class);

    @ElementCollection
    @CollectionTable(name = "contest_category", joinColumns = @JoinColumn(name = "contest_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 20, nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Set<EntryCategory> categories = EnumSet.noneOf(EntryCategory.class);

    @Column(name = "min_age", nullable = false)
    private int minAge;

    @Column(name = "max_age", nullable = false)
    private int maxAge;

    @NotNull
    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @NotNull
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "max_image_bytes", nullable = false)
    private long maxImageBytes;

    /** Hosts a video link may point to, comma separated; their subdomains count too. */
    @Size(max = HOSTS_MAX)
    @Column(name = "video_hosts", length = HOSTS_MAX)
    private String videoHosts;

    /** Largest video file accepted; 0 when the contest takes no video files. */
    @Column(name = "max_video_bytes", nullable = false)
    private long maxVideoBytes;

    @Column(name = "winners_announced_at")
    private Instant winnersAnnouncedAt;

    @Column(name = "created_by")
    private Long createdBy;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Contest() {
    }

    /** A new draft written in {@code originalLanguage}. */
    public Contest(Language originalLanguage, ContestText original, Account author, Instant now) {
        this.originalLanguage = Require.notNull(originalLanguage, "original language");
        this.texts.put(originalLanguage, Require.notNull(original, "original text"));
        this.status = ContestStatus.DRAFT;
        this.minAge = AGE_MIN;
        this.maxAge = ADULT_AGE - 1;
        this.maxImageBytes = DEFAULT_MAX_IMAGE_BYTES;
        this.videoHosts = DEFAULT_VIDEO_HOSTS;
        this.createdBy = author == null ? null : author.getId();
        this.createdAt = Require.notNull(now, "now");
        this.updatedAt = now;
        this.opensAt = now;
        this.closesAt = now;
    }

    // --- the rules of entries ---

    /** Where the contest stands at {@code now}: before its opening, open, or closed (its closing time is excluded). */
    public ContestPhase phaseAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return ContestPhase.UPCOMING;
        }
        return now.isBefore(closesAt) ? ContestPhase.OPEN : ContestPhase.CLOSED;
    }

    public boolean isPublished() {
        return status == ContestStatus.PUBLISHED;
    }

    /**
     * Checks an entry against the contest's rules at {@code now} and returns it as a pending entry; refuses it with
     * the rule it breaks. The order is the one a participant can act on: is the contest open at all, then who, then
     * what.
     */
    public ContestEntry admit(EntryDraft draft, Instant now) {
        Require.notNull(draft, "entry");
        if (!isPublished()) {
            throw new ContestNotOpenException("contest " + id + " is not published");
        }
        switch (phaseAt(now)) {
            case UPCOMING -> throw new ContestNotOpenException("contest " + id + " opens at " + opensAt);
            case CLOSED -> throw new ContestClosedException("contest " + id + " closed at " + closesAt);
            default -> { }
        }
        if (winnersAnnouncedAt != null) {
            throw new ContestClosedException("the winners of contest " + id + " are announced");
        }
        String name = required(draft.participantName(), ContestEntry.NAME_MAX, "contest.error.nameRequired");
        if (draft.age() == null) {
            throw new InvalidEntryException("contest.error.ageRequired", "no age");
        }
        int age = draft.age();
        if (age < minAge || age > maxAge) {
            throw new InvalidEntryException("contest.error.ageOutOfRange", "age " + age + " outside " + minAge
                    + "–" + maxAge);
        }
        String email = required(draft.email(), ContestEntry.EMAIL_MAX, "contest.error.emailRequired");
        if (!EmailAddressValidator.isValid(email)) {
            throw new InvalidEntryException("contest.error.emailInvalid", "not an e-mail address");
        }
        String guardian = null;
        if (age < ADULT_AGE) {
            if (!draft.guardianConsent()) {
                throw new InvalidEntryException("contest.error.consentRequired", "a minor without consent");
            }
            guardian = required(draft.guardianName(), ContestEntry.NAME_MAX, "contest.error.guardianRequired");
        }
        if (draft.category() == null || !categories.contains(draft.category())) {
            throw new InvalidEntryException("contest.error.category", "category " + draft.category()
                    + " not among " + categories);
        }
        String title = required(draft.title(), ContestEntry.TITLE_MAX, "contest.error.titleRequired");
        boolean link = draft.videoLink() != null && !draft.videoLink().isBlank();
        int works = (draft.image() ? 1 : 0) + (link ? 1 : 0) + (draft.videoFile() ? 1 : 0);
        if (works != 1) {
            throw new InvalidEntryException("contest.error.oneWork", works + " works sent");
        }
        MediaKind kind = draft.image() ? MediaKind.IMAGE : link ? MediaKind.VIDEO_LINK : MediaKind.VIDEO_FILE;
        String videoLink = null;
        if (kind == MediaKind.VIDEO_LINK) {
            videoLink = draft.videoLink().strip();
            if (!allowsVideoLink(videoLink)) {
                throw new InvalidEntryException("contest.error.videoHost", "link not to an allowed host");
            }
        }
        if (kind == MediaKind.VIDEO_FILE && maxVideoBytes <= 0) {
            throw new InvalidEntryException("contest.error.noVideoFiles", "the contest takes no video files");
        }
        return new ContestEntry(this, name, age, email, draft.category(), title, guardian, kind, videoLink, now);
    }

    private static String required(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidEntryException(key, "missing");
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new InvalidEntryException("contest.error.tooLong", "longer than " + max);
        }
        return clean;
    }

    /** Whether {@code link} is an http(s) address on one of the allowed video hosts (or a subdomain of one). */
    public boolean allowsVideoLink(String link) {
        if (link == null || link.length() > ContestEntry.LINK_MAX) {
            return false;
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || host.isEmpty() || uri.getUserInfo() != null) {
                return false;
            }
            return getVideoHostList().stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether the jury may still score: until the winners are announced. */
    public boolean isJuryOpen() {
        return winnersAnnouncedAt == null;
    }

    public void announceWinners(Instant now) {
        if (winnersAnnouncedAt != null) {
            throw new InvalidEntryException("contest.error.alreadyAnnounced", "winners of " + id + " announced");
        }
        this.winnersAnnouncedAt = Require.notNull(now, "now");
        this.updatedAt = now;
    }

    // --- editing ---

    public void publish(Instant now) {
        if (status == ContestStatus.PUBLISHED) {
            throw new InvalidEntryException("contest.error.alreadyPublished", "contest " + id + " is published");
        }
        if (categories.isEmpty()) {
            throw new InvalidEntryException("contest.error.categoriesRequired", "no category");
        }
        status = ContestStatus.PUBLISHED;
        updatedAt = Require.notNull(now, "now");
    }

    public void unpublish(Instant now) {
        status = ContestStatus.DRAFT;
        updatedAt = Require.notNull(now, "now");
    }

    public void write(Language language, ContestText text, Instant now) {
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

    /** The age range, inclusive at both ends. */
    public void ages(int min, int max, Instant now) {
        if (min < AGE_MIN || max > AGE_MAX || min > max) {
            throw new InvalidEntryException("contest.error.ageRange", "ages " + min + "–" + max);
        }
        this.minAge = min;
        this.maxAge = max;
        this.updatedAt = Require.notNull(now, "now");
    }

    /** Opening and closing times; the contest must close after it opens. */
    public void schedule(Instant opens, Instant closes, Instant now) {
        if (opens == null || closes == null || !closes.isAfter(opens)) {
            throw new InvalidEntryException("contest.error.dates", "opens " + opens + ", closes " + closes);
        }
        this.opensAt = opens;
        this.closesAt = closes;
        this.updatedAt = Require.notNull(now, "now");
    }

    public void categorise(Collection<EntryCategory> newCategories, Instant now) {
        categories.clear();
        if (newCategories != null) {
            categories.addAll(newCategories);
        }
        this.updatedAt = Require.notNull(now, "now");
    }

    /**
     * The limits: largest image, allowed video hosts (comma or space separated), largest video file (0 for none).
     */
    public void limit(long imageBytes, String hosts, long videoBytes, Instant now) {
        if (imageBytes <= 0 || videoBytes < 0) {
            throw new InvalidEntryException("contest.error.limits", "image " + imageBytes + ", video " + videoBytes);
        }
        if (hosts != null && hosts.length() > 4 * HOSTS_MAX) {
            throw new InvalidEntryException("contest.error.videoHosts", "too many hosts");
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String host : hosts == null ? new String[0] : hosts.split("[,;\\s]+")) {
            String h = host.strip().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            if (h.isEmpty()) {
                continue;
            }
            if (!HOST_NAME.matcher(h).matches()) {
                throw new InvalidEntryException("contest.error.videoHosts", "not a host name: " + h);
            }
            clean.add(h);
        }
        String joined = String.join(", ", clean);
        if (joined.length() > HOSTS_MAX) {
            throw new InvalidEntryException("contest.error.videoHosts", "too many hosts");
        }
        this.maxImageBytes = imageBytes;
        this.videoHosts = joined.isEmpty() ? null : joined;
        this.maxVideoBytes = videoBytes;
        this.updatedAt = Require.notNull(now, "now");
    }

    public TranslatedTexts<ContestText> translations() {
        return new TranslatedTexts<>(originalLanguage, texts, ContestText::getTitle);
    }

    /** The text in the reader's language when written, else the original. */
    public ContestText textFor(Language language) {
        return translations().shownIn(language).text();
    }

    /** The language {@link #textFor} shows for {@code language}. */
    public Language shownLanguage(Language language) {
        return translations().shownIn(language).language();
    }

    public String slug(Language language) {
        return translations().slug(language);
    }

    /** The languages the contest is written in, the original first. */
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

    public ContestStatus getStatus() {
        return status;
    }

    public Language getOriginalLanguage() {
        return originalLanguage;
    }

    public Map<Language, ContestText> getTexts() {
        return Collections.unmodifiableMap(texts);
    }

    /** The categories in their natural order. */
    public List<EntryCategory> getCategories() {
        return Arrays.stream(EntryCategory.values()).filter(categories::contains).toList();
    }

    public int getMinAge() {
        return minAge;
    }

    public int getMaxAge() {
        return maxAge;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public long getMaxImageBytes() {
        return maxImageBytes;
    }

    public String getVideoHosts() {
        return videoHosts;
    }

    public List<String> getVideoHostList() {
        return videoHosts == null ? List.of() : Arrays.stream(videoHosts.split(",\\s*")).filter(s -> !s.isBlank())
                .toList();
    }

    public long getMaxVideoBytes() {
        return maxVideoBytes;
    }

    public Instant getWinnersAnnouncedAt() {
        return winnersAnnouncedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
