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
 * {@code held} and {@code hidden_at} are for moderation: such posts are never shown.
 */
@Entity
@Table(name = "initiative_post")
@NamedQuery(name = InitiativePost.FIND_SHOWN_BY_INITIATIVE, query = "SELECT p.id, p.parentId, p.kind, p.language,"
        + " p.text, p.team, p.createdAt, p.editedAt, p.authorId, a.displayName FROM InitiativePost p"
        + " LEFT JOIN Account a ON a.id = p.authorId WHERE p.initiativeId = :initiative AND p.hiddenAt IS NULL"
        + " AND p.held = FALSE ORDER BY p.createdAt, p.id")
@NamedQuery(name = InitiativePost.FIND_BY_INITIATIVE, query = "SELECT p FROM InitiativePost p"
        + " WHERE p.initiativeId = :initiative ORDER BY p.id")
public class InitiativePost {

    /**
     * Rows of (id, parent id, kind, language, text, team, created, edited, author id, author's name) of the posts of
     * {@code :initiative} that may be shown, oldest first, in one statement.
     */
    public static final String FIND_SHOWN_BY_INITIATIVE = "InitiativePost.findShownByInitiative";
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

    /** Waiting for moderation (not built yet): not shown. */
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
