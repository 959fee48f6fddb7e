package org.bepart.taxonomy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
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
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import java.util.Objects;

/** One value of a managed list, e.g. the theme "youth" or the tool "participatory budgeting". */
@Entity
@Cacheable
@Table(name = "term", uniqueConstraints = @UniqueConstraint(columnNames = {"kind", "code"}))
@NamedQuery(name = Term.FIND_ALL, query = "SELECT t FROM Term t ORDER BY t.kind, t.position, t.code",
        hints = @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = HintValues.TRUE))
public class Term {

    public static final String FIND_ALL = "Term.findAll";
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
