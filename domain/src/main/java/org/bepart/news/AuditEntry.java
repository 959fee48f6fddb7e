package org.bepart.news;

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
import org.bepart.account.Account;
import org.bepart.shared.Require;

import java.time.Instant;

/** One thing an editor did: who, when, what, to which item or image, with a short detail. Never changed. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_RECENT, query = "SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC")
@NamedQuery(name = AuditEntry.FIND_BY_SUBJECT, query = "SELECT a FROM AuditEntry a "
        + "WHERE a.subjectType = :type AND a.subjectId = :id ORDER BY a.at DESC, a.id DESC")
public class AuditEntry {

    public static final String FIND_RECENT = "AuditEntry.findRecent";
    public static final String FIND_BY_SUBJECT = "AuditEntry.findBySubject";
    public static final String NEWS = "news";
    public static final String IMAGE = "image";
    public static final int DETAIL_MAX = 500;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @NotNull
    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Size(max = Account.NAME_MAX)
    @Column(name = "actor_name", length = Account.NAME_MAX)
    private String actorName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditAction action;

    @NotNull
    @Column(name = "subject_type", nullable = false, length = 20)
    private String subjectType;

    @NotNull
    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Size(max = DETAIL_MAX)
    @Column(length = DETAIL_MAX)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Account actor, AuditAction action, String subjectType, Long subjectId, String detail,
                      Instant at) {
        this.actorId = actor == null ? null : actor.getId();
        this.actorName = actor == null ? null : actor.getDisplayName();
        this.action = Require.notNull(action, "action");
        this.subjectType = Require.notBlank(subjectType, "subject type");
        this.subjectId = Require.notNull(subjectId, "subject id");
        String text = detail == null || detail.isBlank() ? null : detail.strip();
        this.detail = text != null && text.length() > DETAIL_MAX ? text.substring(0, DETAIL_MAX - 1) + "…" : text;
        this.at = Require.notNull(at, "at");
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

    public String getActorName() {
        return actorName;
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
