package org.bepart.news;

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
import org.bepart.account.Account;
import org.bepart.editorial.Editorial;
import org.bepart.language.Language;
import org.bepart.shared.BusinessException;
import org.bepart.shared.Require;
import org.bepart.translation.ShownText;
import org.bepart.translation.TranslatedTexts;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A news item or announcement: its category, texts in the original language with optional translations, tags, cover
 * image, call to action into the platform, and publication. Readers see it while {@link #isVisibleAt} holds.
 */
@Entity
@Table(name = "news_item")
@NamedQuery(name = NewsItem.COUNT_DUE_BETWEEN, query = "SELECT COUNT(n) FROM NewsItem n WHERE n.status = :status "
        + "AND n.publishAt > :after AND n.publishAt <= :until")
@NamedQuery(name = NewsItem.FIND_VISIBLE_FOR_HOME, query = "SELECT n FROM NewsItem n WHERE n.status IN :statuses "
        + "AND n.publishAt <= :now ORDER BY n.pinned DESC, n.publishAt DESC, n.id DESC",
        hints = @QueryHint(name = QueryHints.READ_ONLY, value = "true"))
@NamedQuery(name = NewsItem.FIND_BY_STATUS, query = "SELECT n FROM NewsItem n WHERE n.status IN :statuses "
        + "ORDER BY n.updatedAt DESC, n.id DESC")
public class NewsItem implements Editorial<NewsText> {

    public static final String FIND_BY_STATUS = "NewsItem.findByStatus";
    /** Visible items ({@code :statuses}, published by {@code :now}), pinned first, then the newest; read only. */
    public static final String FIND_VISIBLE_FOR_HOME = "NewsItem.findVisibleForHome";
    /** Scheduled items ({@code :status}) whose time came in ({@code :after}, {@code :until}]. */
    public static final String COUNT_DUE_BETWEEN = "NewsItem.countDueBetween";
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 12;
    public static final int LINK_MAX = 500;
    /** A path inside the platform: starts with one slash, no scheme, no host, no spaces or backslashes. */
    private static final Pattern INTERNAL_LINK = Pattern.compile("/(?![/\\\\])[^\\s\\\\<>\"']*");

    @Id
    @SequenceGenerator(name = "news_item_seq", sequenceName = "news_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_item_seq")
    private Long id;

    @Version
    private int version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NewsCategory category;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NewsStatus status;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "original_language", nullable = false, length = 2)
    private Language originalLanguage;

    @Valid
    @ElementCollection
    @CollectionTable(name = "news_text", joinColumns = @JoinColumn(name = "news_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "language", length = 2)
    @BatchFetch(BatchFetchType.IN)
    private Map<Language, NewsText> texts = new EnumMap<>(Language.class);

    @ElementCollection
    @CollectionTable(name = "news_tag", joinColumns = @JoinColumn(name = "news_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    @Column(name = "tag", length = TAG_MAX, nullable = false)
    private List<String> tags = new ArrayList<>();

    /** The cover image of the editors' library ({@link NewsImage}); null for none. */
    @Column(name = "cover_image_id")
    private Long coverImageId;

    @Size(max = LINK_MAX)
    @Column(name = "cta_link", length = LINK_MAX)
    private String ctaLink;

    @Column(nullable = false)
    private boolean pinned;

    /** When readers see it first: set when published or scheduled. */
    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "author_id")
    private Long authorId;

    @Size(max = Account.NAME_MAX)
    @Column(name = "author_name", length = Account.NAME_MAX)
    private String authorName;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NewsItem() {
    }

    /** A new draft written in {@code originalLanguage} by {@code author}. */
    public NewsItem(NewsCategory category, Language originalLanguage, NewsText original, Account author,
                    Instant now) {
        this.category = Require.notNull(category, "category");
        this.originalLanguage = Require.notNull(originalLanguage, "original language");
        this.texts.put(originalLanguage, Require.notNull(original, "original text"));
        this.status = NewsStatus.DRAFT;
        this.authorId = author == null ? null : author.getId();
        this.authorName = author == null ? null : author.getDisplayName();
        this.createdAt = Require.notNull(now, "now");
        this.updatedAt = now;
    }

    // --- publication ---

    /** The status readers and editors see at {@code now}: a scheduled item whose time has come is published. */
    public NewsStatus statusAt(Instant now) {
        if (status == NewsStatus.SCHEDULED && publishAt != null && !publishAt.isAfter(now)) {
            return NewsStatus.PUBLISHED;
        }
        return status;
    }

    /** Whether readers see it at {@code now}. */
    public boolean isVisibleAt(Instant now) {
        return statusAt(now) == NewsStatus.PUBLISHED;
    }

    /** The statuses whose items are visible once their publication time has passed (for queries). */
    public static List<NewsStatus> visibleStatuses() {
        return List.of(NewsStatus.SCHEDULED, NewsStatus.PUBLISHED);
    }

    /**
     * Publishes now. An item published before and taken down keeps its first publication time, so it returns to its
     * place in the list; a draft or a scheduled item is published from {@code now}.
     */
    public void publish(Instant now) {
        NewsStatus current = statusAt(now);
        if (current == NewsStatus.PUBLISHED) {
            throw new NewsTransitionException("news.error.alreadyPublished", "news item " + id + " is published");
        }
        if (current != NewsStatus.UNPUBLISHED || publishAt == null) {
            publishAt = now;
        }
        status = NewsStatus.PUBLISHED;
        updatedAt = now;
    }

    /** Publishes at {@code at}, which must lie in the future; until then only editors see it. */
    public void schedule(Instant at, Instant now) {
        Require.notNull(at, "publication time");
        if (statusAt(now) == NewsStatus.PUBLISHED) {
            throw new NewsTransitionException("news.error.alreadyPublished", "news item " + id + " is published");
        }
        if (!at.isAfter(now)) {
            throw new NewsTransitionException("news.error.scheduleInPast", "publication time " + at + " has passed");
        }
        publishAt = at;
        status = NewsStatus.SCHEDULED;
        updatedAt = now;
    }

    /** Takes a published item down; a scheduled one goes back to draft. */
    public void unpublish(Instant now) {
        NewsStatus current = statusAt(now);
        switch (current) {
            case PUBLISHED -> status = NewsStatus.UNPUBLISHED;
            case SCHEDULED -> {
                status = NewsStatus.DRAFT;
                publishAt = null;
            }
            default -> throw new NewsTransitionException("news.error.notPublished",
                    "news item " + id + " is " + current);
        }
        updatedAt = now;
    }

    public void pin(boolean pinned, Instant now) {
        this.pinned = pinned;
        this.updatedAt = Require.notNull(now, "now");
    }

    // --- content ---

    public void categorise(NewsCategory category, Instant now) {
        this.category = Require.notNull(category, "category");
        this.updatedAt = Require.notNull(now, "now");
    }

    /** Sets the text of one language; the original language's text can be replaced but not removed. */
    public void write(Language language, NewsText text, Instant now) {
        translations().write(language, text);
        touch(now);
    }

    public void removeTranslation(Language language, Instant now) {
        translations().remove(language);
        touch(now);
    }

    public void changeOriginalLanguage(Language language, Instant now) {
        this.originalLanguage = translations().newOriginal(language);
        touch(now);
    }

    /** The tags, stripped, without blanks and duplicates (ignoring case), in the given order. */
    public void tag(Collection<String> newTags, Instant now) {
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> result = new ArrayList<>();
        for (String tag : newTags == null ? List.<String>of() : newTags) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String clean = Require.maxLength(tag.strip().replaceAll("\\s+", " "), TAG_MAX, "tag");
            if (seen.add(clean)) {
                result.add(clean);
            }
        }
        if (result.size() > TAGS_MAX) {
            throw new BusinessException("news.error.tooManyTags", result.size() + " tags");
        }
        tags.clear();
        tags.addAll(result);
        this.updatedAt = Require.notNull(now, "now");
    }

    public void cover(Long imageId, Instant now) {
        this.coverImageId = imageId;
        this.updatedAt = Require.notNull(now, "now");
    }

    /** The call to action's link: a path inside the platform such as {@code /account/initiatives}; null for none. */
    public void callToAction(String link, Instant now) {
        String clean = link == null || link.isBlank() ? null : link.strip();
        if (clean != null && (clean.length() > LINK_MAX || !INTERNAL_LINK.matcher(clean).matches())) {
            throw new BusinessException("news.error.ctaLink", "not a path inside the platform: " + clean);
        }
        this.ctaLink = clean;
        this.updatedAt = Require.notNull(now, "now");
    }

    /** Whether {@code link} may be a call to action's link. */
    public static boolean isInternalLink(String link) {
        return link != null && link.length() <= LINK_MAX && INTERNAL_LINK.matcher(link).matches();
    }

    public TranslatedTexts<NewsText> translations() {
        return new TranslatedTexts<>(originalLanguage, texts, NewsText::getTitle);
    }

    public ShownText<NewsText> textFor(Language language) {
        return translations().shownIn(language);
    }

    public String slug(Language language) {
        return translations().slug(language);
    }

    /** The languages the item is written in, the original first. */
    public Set<Language> getLanguages() {
        return translations().languages();
    }

    public void touch(Instant now) {
        this.updatedAt = Require.notNull(now, "now");
    }

    // --- accessors ---

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public NewsCategory getCategory() {
        return category;
    }

    /** The stored status; see {@link #statusAt} for what it means at a given time. */
    public NewsStatus getStatus() {
        return status;
    }

    public Language getOriginalLanguage() {
        return originalLanguage;
    }

    public Map<Language, NewsText> getTexts() {
        return Collections.unmodifiableMap(texts);
    }

    public List<String> getTags() {
        return Collections.unmodifiableList(tags);
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public String getCtaLink() {
        return ctaLink;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
