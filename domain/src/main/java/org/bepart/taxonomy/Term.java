package org.bepart.taxonomy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bepart.language.Language;
import org.bepart.language.LocalizedName;
import org.bepart.shared.Require;

import java.time.Instant;
import java.util.Objects;

/** One value of a managed list, e.g. the theme "youth" or the tool "participatory budgeting". */
@Entity
@Cacheable
@Table(name = "term", uniqueConstraints = @UniqueConstraint(columnNames = {"kind", "code"}))
// Not in the query results cache: readers get the lists from the ejb's TermCache, which every server empties when
// an administrator changes a list; the statement runs only to fill it and for a saved submission.
@NamedQuery(name = Term.FIND_ALL, query = "SELECT t FROM Term t ORDER BY t.kind, t.position, t.code")
@NamedQuery(name = Term.FIND_BY_KIND, query = "SELECT t FROM Term t WHERE t.kind = :kind ORDER BY t.position, t.code")
@NamedQuery(name = Term.FIND_BY_KIND_AND_CODE, query = "SELECT t FROM Term t WHERE t.kind = :kind AND t.code = :code")
@NamedQuery(name = Term.MAX_POSITION, query = "SELECT MAX(t.position) FROM Term t WHERE t.kind = :kind")
public class Term {

    public static final String FIND_ALL = "Term.findAll";
    public static final String FIND_BY_KIND = "Term.findByKind";
    public static final String FIND_BY_KIND_AND_CODE = "Term.findByKindAndCode";
    public static final String MAX_POSITION = "Term.maxPosition";
    public static final int CODE_MAX = 60;
    /** Codes appear in URLs: lower-case letters, digits and single hyphens. */
    public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @Id
    @SequenceGenerator(name = "term_seq", sequenceName = "term_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "term_seq")
    private Long id;

    @Version
    private int version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TermKind kind;

    @NotNull @Size(max = CODE_MAX) @Pattern(regexp = CODE_PATTERN)
    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Valid @NotNull
    @Embedded
    private LocalizedName name;

    @Column(nullable = false)
    private int position;

    /** When administrators stopped offering it; initiatives that have it keep it. Null while offered. */
    @Column(name = "retired_at")
    private Instant retiredAt;

    /** The term this one was merged into: its initiatives moved there, and it is retired. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Term mergedInto;

    protected Term() {
    }

    public Term(TermKind kind, String code, LocalizedName name, int position) {
        this.kind = Require.notNull(kind, "kind");
        this.code = Require.maxLength(Require.notBlank(code, "code"), CODE_MAX, "code");
        if (!this.code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("code must match " + CODE_PATTERN + ": " + code);
        }
        this.name = Require.notNull(name, "name");
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public TermKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public LocalizedName getName() {
        return name;
    }

    public String nameIn(Language language) {
        return name.in(language);
    }

    public int getPosition() {
        return position;
    }

    public int getVersion() {
        return version;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    /** Whether new choices may no longer take it. */
    public boolean isRetired() {
        return retiredAt != null;
    }

    public Term getMergedInto() {
        return mergedInto;
    }

    /** Gives it new names in the four languages; its code, which URLs and exports use, stays. */
    public void rename(LocalizedName newName) {
        this.name = Require.notNull(newName, "name");
    }

    /** Its place in its list (smaller first). */
    public void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /** Stops offering it for new choices; a retired term stays retired. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = Require.notNull(now, "now");
        }
    }

    /** Offers it again; a merged term stays with the one it was merged into. */
    public void restore() {
        if (mergedInto != null) {
            throw new TermRuleException("taxonomyAdmin.error.merged", this + " was merged into " + mergedInto);
        }
        retiredAt = null;
    }

    /**
     * Records that this term was merged into {@code kept}, of the same list, which stays offered: this one is retired.
     * Moving the initiatives is the caller's part ({@code Initiative.replaceTerm}).
     */
    public void mergeInto(Term kept, Instant now) {
        Require.notNull(kept, "kept term");
        if (kept == this || kept.equals(this)) {
            throw new TermRuleException("taxonomyAdmin.error.mergeSelf", "merging " + this + " into itself");
        }
        if (kept.kind != kind) {
            throw new TermRuleException("taxonomyAdmin.error.mergeKind", "merging " + this + " into " + kept);
        }
        if (kept.isRetired()) {
            throw new TermRuleException("taxonomyAdmin.error.mergeRetired", kept + " is retired");
        }
        if (mergedInto != null) {
            throw new TermRuleException("taxonomyAdmin.error.merged", this + " was merged into " + mergedInto);
        }
        mergedInto = kept;
        retire(now);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Term t && kind == t.kind && Objects.equals(code, t.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code);
    }

    @Override
    public String toString() {
        return kind + ":" + code;
    }
}
