package org.bepart.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.shared.Require;

import java.time.Instant;
import java.util.Set;

/**
 * One thing done in the back office: who, when, what, to which subject, with a short detail. The actor is kept by
 * account id only (its name is read from the account when shown, so a deleted account's name is gone from the trail
 * too). Written once: there are no setters, and JPA refuses to update or remove an entry.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_BY_SUBJECT, query = "SELECT a FROM AuditEntry a "
        + "WHERE a.subjectType = :type AND a.subjectId = :id ORDER BY a.at DESC, a.id DESC")
public class AuditEntry {

    public static final String FIND_BY_SUBJECT = "AuditEntry.findBySubject";
    public static final String ACCOUNT = "account";
    public static final String INITIATIVE = "initiative";
    public static final String ORGANISATION = "organisation";
    public static final String TERM = "term";
    public static final String CONTEST = "contest";
    public static final String CONTEST_ENTRY = "contest-entry";
    public static final String NEWS = "news";
    public static final String IMAGE = "image";
    public static final String EVENT = "event";
    public static final String NEWSLETTER = "newsletter";
    public static final String SEARCH_INDEX = "search-index";
    public static final String IMPORT = "import";
    /** A question, comment or reply on an initiative. */
    public static final String POST = "post";
    /** The subjects of the editors' work: what editors may read in the trail. */
    public static final Set<String> EDITORIAL = Set.of(NEWS, IMAGE, CONTEST, EVENT, NEWSLETTER);
    public static final int SUBJECT_MAX = 20;
    public static final int DETAIL_MAX = 500;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @NotNull
    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_id", insertable = false, updatable = false)
    private Long actorId;

    /** For queries that filter by the actor's name or address; null for the platform and failed sign-ins. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    private Account actor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private AuditAction action;

    @NotNull
    @Size(max = SUBJECT_MAX)
    @Column(name = "subject_type", nullable = false, length = SUBJECT_MAX, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Size(max = DETAIL_MAX)
    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    /**
     * An entry; {@code actor} is null when the platform acted or nobody proved who they are, {@code subjectId} when
     * the subject is the whole of its kind (the search index, several initiatives). A longer detail is shortened.
     */
    public AuditEntry(Account actor, AuditAction action, String subjectType, Long subjectId, String detail,
                      Instant at) {
        this.actor = actor;
        this.actorId = actor == null ? null : Require.notNull(actor.getId(), "actor id");
        this.action = Require.notNull(action, "action");
        this.subjectType = Require.maxLength(Require.notBlank(subjectType, "subject type"), SUBJECT_MAX,
                "subject type");
        this.subjectId = subjectId;
        String text = detail == null || detail.isBlank() ? null : detail.strip();
        this.detail = text != null && text.length() > DETAIL_MAX ? text.substring(0, DETAIL_MAX - 1) + "…" : text;
        this.at = Require.notNull(at, "at");
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("audit entry " + id + " cannot be changed or removed");
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
