package org.bepart.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.language.Language;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.Require;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A question, a comment or a reply on a public initiative, in plain text and in the language its author chose. A
 * reply answers a question or a comment, never another reply; a reply by a member of the initiative's organisations
 * is the team's answer ({@code team}, decided when it is written). The author edits it for {@link #EDIT_WINDOW}.
 * Moderation: a post is {@code held} until a moderator approves it (only its author sees it meanwhile); a hidden
 * post shows in its place only as hidden, with the moderator's reason; a moderator restores it.
 */
@Entity
@Table(name = "initiative_post")
@NamedQuery(name = InitiativePost.FIND_THREAD, query = "SELECT p.id, p.parentId, p.kind, p.language,"
        + " p.text, p.team, p.createdAt, p.editedAt, p.authorId, a.displayName, p.held, p.hiddenAt, p.hiddenReason"
        + " FROM InitiativePost p LEFT JOIN Account a ON a.id = p.authorId WHERE p.initiativeId = :initiative"
        + " AND (p.held = FALSE OR p.authorId = :viewer) ORDER BY p.createdAt, p.id")
@NamedQuery(name = InitiativePost.FIND_BY_INITIATIVE, query = "SELECT p FROM InitiativePost p"
        + " WHERE p.initiativeId = :initiative ORDER BY p.id")
@NamedQuery(name = InitiativePost.FIND_TO_MODERATE, query = "SELECT p FROM InitiativePost p"
        + " WHERE (p.held = TRUE AND p.hiddenAt IS NULL)"
        + " OR p.id IN (SELECT r.postId FROM PostReport r WHERE r.resolvedAt IS NULL) ORDER BY p.createdAt, p.id")
@NamedQuery(name = InitiativePost.FIND_HIDDEN, query = "SELECT p FROM InitiativePost p WHERE p.hiddenAt IS NOT NULL"
        + " ORDER BY p.hiddenAt DESC, p.id DESC")
@NamedQuery(name = InitiativePost.FIND_SHOWN_ANSWERS_BY_AUTHOR, query = "SELECT p.id, p.initiativeId, p.text,"
        + " p.createdAt, KEY(t), t.title, p.language, i.originalLanguage FROM InitiativePost p, Initiative i"
        + " JOIN i.texts t WHERE i.id = p.initiativeId AND p.authorId = :author AND p.team = TRUE"
        + " AND p.parentId IS NOT NULL AND p.held = FALSE AND p.hiddenAt IS NULL AND i.status IN :statuses"
        + " AND i.heldAt IS NULL ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(name = InitiativePost.COUNT_APPROVED_BY_AUTHOR, query = "SELECT COUNT(p) FROM InitiativePost p"
        + " WHERE p.authorId = :author AND p.held = FALSE AND p.hiddenAt IS NULL")
public class InitiativePost {

    /**
     * Rows of (id, parent id, kind, language, text, team, created, edited, author id, author's name, held, hidden at,
     * hidden reason) of the posts of {@code :initiative} a reader sees, oldest first, in one statement: the shown and
     * the hidden ones (the page says why in their place), and the held ones of {@code :viewer} (never null: -1 for
     * nobody), which only their author sees.
     */
    public static final String FIND_THREAD = "InitiativePost.findThread";
    /** The held posts (not hidden) and those with open reports, oldest first: the moderators' queue. */
    public static final String FIND_TO_MODERATE = "InitiativePost.findToModerate";
    /** The hidden posts, the latest hidden first. */
    public static final String FIND_HIDDEN = "InitiativePost.findHidden";
    /**
     * The team's answers by {@code :author} readers see, on initiatives in {@code :statuses}, newest first, a row per
     * language of the initiative's title: id, initiative id, text, time, the title's language and the title, the
     * post's language, the initiative's original language.
     */
    public static final String FIND_SHOWN_ANSWERS_BY_AUTHOR = "InitiativePost.findShownAnswersByAuthor";
    /** How many posts of {@code :author} a reader sees as written (neither held nor hidden). */
    public static final String COUNT_APPROVED_BY_AUTHOR = "InitiativePost.countApprovedByAuthor";
    /** Every post of {@code :initiative}, shown or not. */
    public static final String FIND_BY_INITIATIVE = "InitiativePost.findByInitiative";
    public static final int TEXT_MAX = PostText.MAX;
    public static final int KIND_MAX = 10;
    public static final int HIDDEN_REASON_MAX = 500;
    /** How long after writing it the author may still edit a post. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "initiative_post_seq", sequenceName = "initiative_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_post_seq")
    private Long id;

    @NotNull
    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    /** The question or comment a reply answers; null for a question or a comment. */
    @Column(name = "parent_id")
    private Long parentId;

    /** Null once the author's account is gone. */
    @Column(name = "author_id")
    private Long authorId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = KIND_MAX)
    private PostKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @NotNull
    @Size(min = 1, max = TEXT_MAX)
    @Column(name = "body", nullable = false, length = TEXT_MAX)
    private String text;

    /** Written by a member of the initiative's owner or partner organisation. */
    @Column(nullable = false)
    private boolean team;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    /** Waiting for a moderator's approval: only its author sees it. */
    @Column(nullable = false)
    private boolean held;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Size(max = HIDDEN_REASON_MAX)
    @Column(name = "hidden_reason", length = HIDDEN_REASON_MAX)
    private String hiddenReason;

    protected InitiativePost() {
    }

    /** A question or a comment opening a thread on initiative {@code initiativeId}. */
    public InitiativePost(long initiativeId, long authorId, PostKind kind, Language language, String text,
                          boolean team, Instant now) {
        if (!Require.notNull(kind, "kind").opensThread()) {
            throw new DiscussionException("discussion.error.kind", "a " + kind + " opens no thread");
        }
        this.initiativeId = initiativeId;
        this.authorId = authorId;
        this.kind = kind;
        this.language = Require.notNull(language, "language");
        this.text = PostText.clean(text);
        this.team = team;
        this.createdAt = Require.notNull(now, "now");
    }

    private InitiativePost(InitiativePost parent, long authorId, Language language, String text, boolean team,
                           Instant now) {
        this.initiativeId = parent.initiativeId;
        this.parentId = Require.notNull(parent.id, "the parent's id");
        this.authorId = authorId;
        this.kind = PostKind.REPLY;
        this.language = Require.notNull(language, "language");
        this.text = PostText.clean(text);
        this.team = team;
        this.createdAt = Require.notNull(now, "now");
    }

    /** A reply to this question or comment; a reply to a reply is refused (one level only), as is one to a hidden post. */
    public InitiativePost reply(long authorId, Language language, String text, boolean team, Instant now) {
        if (!isShown()) {
            throw new DiscussionException("discussion.error.notFound", "post " + id + " is not shown");
        }
        if (parentId != null || !kind.opensThread()) {
            throw new DiscussionException("discussion.error.replyDepth", "post " + id + " is a reply");
        }
        return new InitiativePost(this, authorId, language, text, team, now);
    }

    /** The author changes the text within {@link #EDIT_WINDOW} of writing it; anybody else, or later, is refused. */
    public void edit(long editorId, String newText, Instant now) {
        if (!Objects.equals(authorId, editorId)) {
            throw new AccessDeniedException("account " + editorId + " is not the author of post " + id);
        }
        if (!isEditable(Require.notNull(now, "now"))) {
            throw new DiscussionException("discussion.error.editWindow", "post " + id + " written at " + createdAt);
        }
        String cleaned = PostText.clean(newText);
        if (!cleaned.equals(text)) {
            text = cleaned;
            editedAt = now;
        }
    }

    /** Held for a moderator before anybody else sees it (a new post, or an edit that added a link). */
    public void hold() {
        held = true;
    }

    /** A moderator lets a held post show; one that is not held is refused. */
    public void approve() {
        if (!held || hiddenAt != null) {
            throw new DiscussionException("discussion.error.notHeld", "post " + id + " is not waiting");
        }
        held = false;
    }

    /** A moderator hides it for {@code reason} (1 to {@value #HIDDEN_REASON_MAX} characters), shown in its place. */
    public void hide(String reason, Instant now) {
        String cleaned = reason == null ? "" : reason.strip();
        if (cleaned.isEmpty() || cleaned.length() > HIDDEN_REASON_MAX
                || cleaned.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new DiscussionException("discussion.error.hideReason", cleaned.length() + " characters");
        }
        if (hiddenAt != null) {
            throw new DiscussionException("discussion.error.alreadyHidden", "post " + id + " is hidden");
        }
        hiddenAt = Require.notNull(now, "now");
        hiddenReason = cleaned;
    }

    /** A moderator shows a hidden post again (approved, if it was held). */
    public void restore() {
        if (hiddenAt == null) {
            throw new DiscussionException("discussion.error.notHidden", "post " + id + " is not hidden");
        }
        hiddenAt = null;
        hiddenReason = null;
        held = false;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** Whether the edit window is still open at {@code now} (the author alone may use it). */
    public boolean isEditable(Instant now) {
        return isShown() && !now.isAfter(createdAt.plus(EDIT_WINDOW));
    }

    /** Whether readers see it: neither held nor hidden. */
    public boolean isShown() {
        return !held && hiddenAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public PostKind getKind() {
        return kind;
    }

    public Language getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    /** The text on one line, cut after {@code max} characters with an ellipsis (never inside a surrogate pair). */
    public static String excerpt(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, max)).stripTrailing() + "…";
    }

    public boolean isTeam() {
        return team;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isHeld() {
        return held;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }
}
